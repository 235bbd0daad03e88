const zlib = require('zlib');
const sab = new Uint8Array(new SharedArrayBuffer(32)); sab.fill(65, 0, 20);
const c = zlib.brotliCompressSync(sab); console.log(c.toString('hex'));
console.log(zlib.brotliDecompressSync(c).toString());
const view = new Float64Array([1.5, 2.5]);
console.log(zlib.brotliCompressSync(view).toString('hex'));
const s = zlib.createBrotliCompress(); s.reset(); s.on('data', d => console.log('d', d.toString('hex'))); s.end('after reset');
const d = zlib.createBrotliDecompress(); d.write(Buffer.from('garbage')); d.on('error', e => { console.log('E', e.code); try { d.reset(); console.log('reset ok') } catch (e2) { console.log('reset', e2.code, e2.message) } });
