const zlib = require('zlib');
const big = Buffer.alloc(3 * 1024 * 1024);
let x = 12345;
for (let i = 0; i < big.length; i++) {
  x = (x * 1103515245 + 12345) & 0x7fffffff;
  big[i] = (i % 97 < 60) ? 97 + (i % 13) : (x >> 16) & 255;
}
const params = { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 };
const packed = zlib.brotliCompressSync(big, { params });
console.log(packed.length, zlib.crc32(packed));
const back = zlib.brotliDecompressSync(packed);
console.log(back.length, back.equals(big));
const s = zlib.createBrotliDecompress();
let n = 0;
let pieces = 0;
s.on('data', (b) => { n += b.length; pieces++; });
s.on('end', () => console.log('stream', n, pieces));
for (let i = 0; i < packed.length; i += 65536) s.write(packed.subarray(i, i + 65536));
s.end();
