const zlib = require('zlib');
const good = zlib.brotliCompressSync('hello hello hello world');
const cases = {
  garbage: Buffer.from('garbage'),
  empty: Buffer.alloc(0),
  truncated: good.subarray(0, 5),
  flipped: Buffer.from(good.map((b, i) => (i === 3 ? b ^ 0x55 : b))),
  zeros: Buffer.alloc(16),
  ones: Buffer.alloc(16, 0xff),
};
for (const [name, input] of Object.entries(cases)) {
  try {
    console.log(name, 'ok', zlib.brotliDecompressSync(input).toString('hex'));
  } catch (e) {
    console.log(name, e.name, e.code, e.errno, JSON.stringify(e.message), Object.keys(e), e instanceof Error, e.constructor === Error);
  }
}
