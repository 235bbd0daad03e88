const zlib = require('zlib');
const r = zlib.brotliCompressSync('info please', { info: true });
console.log(Object.keys(r), r.buffer.toString('hex'), r.engine.constructor.name, r.engine.bytesWritten, r.engine._handle, r.engine._closed);
zlib.brotliDecompress(r.buffer, { info: true }, (err, res) => {
  console.log(err, Object.keys(res), res.buffer.toString(), res.engine.constructor.name, res.engine.bytesWritten);
  const g = zlib.gzipSync('gz', { info: true });
  console.log(Object.keys(g), g.engine.constructor.name, zlib.gunzipSync(g.buffer).toString());
});
