const zlib = require('zlib');
const input = Buffer.from('hello zlib '.repeat(1000));
const packed = zlib.deflateSync(input);
const out = zlib.unzipSync(packed);
console.log(packed.length, out.equals(input));
