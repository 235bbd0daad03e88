// The compressed bytes themselves must equal Node's for every quality.
const zlib = require('zlib');
const words = [];
for (let i = 0; i < 4000; i++) words.push(`w${(i * 7919) % 1013}`);
const text = words.join(' ');
const bin = Buffer.alloc(20000);
for (let i = 0; i < bin.length; i++) bin[i] = (i * i * 31 + (i >> 3)) & 255;
for (let q = 0; q <= 11; q++) {
  const params = { [zlib.constants.BROTLI_PARAM_QUALITY]: q };
  const a = zlib.brotliCompressSync(text, { params });
  const b = zlib.brotliCompressSync(bin, { params });
  console.log(q, a.length, zlib.crc32(a), b.length, zlib.crc32(b));
}
console.log(zlib.brotliCompressSync('short text, default quality').toString('hex'));
