const zlib = require('zlib');
const input = Buffer.from('hello zlib '.repeat(1000));
const packed = zlib.gzipSync(input);
const out = zlib.gunzipSync(packed);
console.log(packed.length, out.equals(input));
