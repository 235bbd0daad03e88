const zlib = require('zlib');
const big = Buffer.alloc(3 << 20);
for (let i = 0; i < big.length; i++) big[i] = (i * 31 + (i >> 10)) & 0x7f;
const z = zlib.gzipSync(big);
console.log(z.length, zlib.gunzipSync(z).equals(big));
