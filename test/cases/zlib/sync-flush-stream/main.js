const zlib = require('zlib');
const d = zlib.createDeflate();
const chunks = [];
d.on('data', (c) => chunks.push(c));
d.write('first part');
d.flush(zlib.constants.Z_SYNC_FLUSH, () => {
  const so_far = Buffer.concat(chunks);
  console.log(so_far.toString('hex'));
  console.log(zlib.inflateSync(so_far, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
  d.end();
});
