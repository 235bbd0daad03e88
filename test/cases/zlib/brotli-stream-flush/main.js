// flush() emits what was written so far (BROTLI_OPERATION_FLUSH by default); chunks print as they come.
const zlib = require('zlib');
const C = zlib.constants;
const c = zlib.createBrotliCompress({ params: { [C.BROTLI_PARAM_QUALITY]: 5 } });
const chunks = [];
c.on('data', (b) => { chunks.push(b); console.log('data', b.toString('hex')); });
c.on('end', () => {
  const all = Buffer.concat(chunks);
  console.log('end', all.length, zlib.brotliDecompressSync(all).toString(), c.bytesWritten);
});
c.write('alpha ');
c.flush(() => {
  console.log('flushed 1');
  c.write('beta beta ');
  c.flush(C.BROTLI_OPERATION_EMIT_METADATA, () => {
    console.log('flushed 2');
    c.write('gamma');
    c.flush(C.BROTLI_OPERATION_FLUSH, () => {
      console.log('flushed 3');
      c.end('!');
      c.flush(() => console.log('flush after end'));
    });
  });
});
