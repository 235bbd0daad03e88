// Output pieces keep filling the same chunkSize buffer across writes, so their sizes are Node's.
const zlib = require('zlib');
const big = Buffer.alloc(5000);
for (let i = 0; i < big.length; i++) big[i] = (i * 7919) % 251;
const s = zlib.createBrotliCompress({ chunkSize: 64, params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } });
const sizes = [];
s.on('data', (b) => sizes.push(b.length));
s.on('end', () => {
  console.log('compress sizes', sizes.join(','));
  const d = zlib.createBrotliDecompress({ chunkSize: 100 });
  const dsizes = [];
  d.on('data', (b) => dsizes.push(b.length));
  d.on('end', () => console.log('decompress sizes', dsizes.join(','), d.bytesWritten));
  const all = zlib.brotliCompressSync(big);
  d.write(all.subarray(0, 50));
  d.write(all.subarray(50, 51));
  d.end(all.subarray(51));
});
s.write(big.subarray(0, 10));
s.flush(() => { s.write(big.subarray(10)); s.end(); });
