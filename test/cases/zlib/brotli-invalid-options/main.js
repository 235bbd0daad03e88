const zlib = require('zlib');
const show = (label, f) => {
  try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), Object.keys(e)); }
};
show('key 99', () => zlib.createBrotliCompress({ params: { 99: 1 } }));
show('key a', () => zlib.brotliCompressSync('x', { params: { a: 1 } }));
show('key 1.5', () => zlib.brotliCompressSync('x', { params: { 1.5: 1 } }));
show('key -1', () => zlib.brotliCompressSync('x', { params: { '-1': 1 } }));
show('duplicate', () => zlib.brotliCompressSync('x', { params: { 1: 3, '01': 3 } }));
show('unset duplicate', () => zlib.brotliCompressSync('x', { params: { 1: -1, '01': 3 } }));
show('string value', () => zlib.brotliCompressSync('x', { params: { 1: '1' } }));
show('null value', () => zlib.brotliCompressSync('x', { params: { 1: null } }));
show('string params', () => zlib.brotliCompressSync('x', { params: 'ab' }));
show('number params', () => zlib.brotliCompressSync('x', { params: 5 }));
show('decoder lgwin', () => zlib.createBrotliDecompress({ params: { 2: 1 } }));
show('decoder size hint', () => zlib.brotliDecompressSync('x', { params: { 5: 1 } }));
show('params before chunkSize', () => zlib.createBrotliCompress({ chunkSize: 5, params: { 99: 1 } }));
show('init before chunkSize', () => zlib.createBrotliDecompress({ chunkSize: 5, params: { 8: 1 } }));
show('chunkSize', () => zlib.createBrotliCompress({ chunkSize: 5 }));
show('chunkSize type', () => zlib.createBrotliCompress({ chunkSize: '100' }));
show('chunkSize inf', () => zlib.createBrotliCompress({ chunkSize: Infinity }));
show('flush', () => zlib.createBrotliCompress({ flush: 4 }));
show('finishFlush', () => zlib.createBrotliDecompress({ finishFlush: -1 }));
show('flush ok', () => zlib.createBrotliCompress({ flush: zlib.constants.BROTLI_OPERATION_EMIT_METADATA }));
show('maxOutputLength', () => zlib.brotliCompressSync('x', { maxOutputLength: 0 }));
show('buffer type', () => zlib.brotliCompressSync(5));
show('buffer type async', () => zlib.brotliDecompress({}, () => {}));
show('callback', () => zlib.brotliCompress('x', {}));
show('options string', () => zlib.brotliCompressSync('x', 'str').length);
