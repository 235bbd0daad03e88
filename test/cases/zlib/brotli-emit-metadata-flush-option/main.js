// A stream whose default flush is BROTLI_OPERATION_FLUSH emits each write at once.
const zlib = require('zlib');
const C = zlib.constants;
const c = zlib.createBrotliCompress({ flush: C.BROTLI_OPERATION_FLUSH, params: { [C.BROTLI_PARAM_QUALITY]: 1 } });
const out = [];
c.on('data', (b) => { out.push(b); console.log('data', b.toString('hex')); });
c.on('end', () => console.log('end', zlib.brotliDecompressSync(Buffer.concat(out)).toString()));
c.write('one ', () => c.write('two ', () => c.end('three')));
const f = zlib.brotliCompressSync('no finish', { finishFlush: C.BROTLI_OPERATION_FLUSH });
console.log('finishFlush FLUSH', f.toString('hex'));
try { zlib.brotliDecompressSync(f); } catch (e) { console.log(e.code, e.message); }
console.log('partial ok', zlib.brotliDecompressSync(f, { finishFlush: C.BROTLI_OPERATION_FLUSH }).toString());
