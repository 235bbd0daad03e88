const zlib = require('zlib');
const d = zlib.createBrotliDecompress();
for (const ev of ['data', 'end', 'finish', 'close']) d.on(ev, (x) => console.log(ev, x === undefined ? '' : x.length));
d.on('error', (e) => console.log('error', e.code, e.errno, e.message, d.destroyed));
const good = zlib.brotliCompressSync('first part is fine '.repeat(5));
d.write(good.subarray(0, 4), () => console.log('write cb 1'));
d.write(Buffer.from('then garbage follows'), (err) => console.log('write cb 2', err && err.code));
d.end();
