const zlib = require('zlib');
const { promisify } = require('util');
(async () => {
  const z = await promisify(zlib.gzip)('promised');
  console.log((await promisify(zlib.gunzip)(z)).toString());
  try { await promisify(zlib.inflate)(Buffer.from('bad')); } catch (e) { console.log(e.message, e.code); }
})();
