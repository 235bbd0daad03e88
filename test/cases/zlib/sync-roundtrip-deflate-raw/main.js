const zlib = require('zlib');
const input = Buffer.from('hello zlib '.repeat(1000));
const packed = zlib.deflateRawSync(input);
const out = zlib.inflateRawSync(packed);
console.log(packed.length, out.equals(input));
