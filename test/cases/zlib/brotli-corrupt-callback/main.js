const zlib = require('zlib');
const util = require('util');
zlib.brotliDecompress(Buffer.from('garbage'), (err, result) => {
  console.log('garbage', err.code, err.errno, err.message, result);
  zlib.brotliDecompress(zlib.brotliCompressSync('abcdef'.repeat(10)).subarray(0, 6), (err2) => {
    console.log('truncated', err2.code, err2.errno, err2.message);
    util.promisify(zlib.brotliDecompress)(Buffer.alloc(8, 0xff)).catch((err3) => {
      console.log('promise', err3.code, err3.errno, err3.message);
    });
  });
});
