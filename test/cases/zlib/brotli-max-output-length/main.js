const zlib = require('zlib');
const packed = zlib.brotliCompressSync('x'.repeat(1000));
try { zlib.brotliDecompressSync(packed, { maxOutputLength: 10 }); } catch (e) { console.log('sync', e.name, e.code, e.message); }
console.log('exact', zlib.brotliDecompressSync(packed, { maxOutputLength: 1000 }).length);
try { zlib.brotliCompressSync('y'.repeat(100), { maxOutputLength: 3 }); } catch (e) { console.log('compress', e.code, e.message); }
zlib.brotliDecompress(packed, { maxOutputLength: 999 }, (e, r) => console.log('cb', e.code, e.message, r));
