const zlib = require('zlib');
console.log(zlib.gzipSync('').toString('hex'), zlib.deflateSync(Buffer.alloc(0)).toString('hex'), zlib.deflateRawSync('').toString('hex'));
console.log(zlib.gunzipSync(zlib.gzipSync('')).length);
