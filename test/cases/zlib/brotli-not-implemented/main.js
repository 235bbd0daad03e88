const zlib = require('zlib');
console.log(typeof zlib.brotliCompressSync, typeof zlib.createBrotliCompress);
