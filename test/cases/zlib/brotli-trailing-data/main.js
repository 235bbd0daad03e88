// Bytes after the end of the brotli stream are ignored by the sync form; a stream ends its output there.
const zlib = require('zlib');
const comp = zlib.brotliCompressSync('hello world');
console.log('sync', zlib.brotliDecompressSync(Buffer.concat([comp, Buffer.from('junk')])).toString());
const d = zlib.createBrotliDecompress();
d.on('data', (b) => console.log('data', b.toString()));
d.on('end', () => console.log('end'));
d.on('error', (e) => console.log('err', e.message));
d.on('finish', () => console.log('finish'));
d.on('close', () => console.log('close'));
d.write(Buffer.concat([comp, Buffer.from('junk')]));
d.write(Buffer.from('more'), () => console.log('write cb'));
d.end();
