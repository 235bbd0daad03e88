const zlib = require('zlib');
const util = require('util');
const compress = util.promisify(zlib.brotliCompress);
const decompress = util.promisify(zlib.brotliDecompress);
(async () => {
  const packed = await compress('promised text '.repeat(30), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 3 } });
  console.log(packed.length, packed.toString('hex').slice(0, 40));
  const back = await decompress(packed);
  console.log(back.toString().length, back.toString().slice(0, 28));
  console.log((await compress('')).toString('hex'));
})();
