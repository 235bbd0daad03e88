const zlib = require('zlib');
const inputs = ['', 'a', 'hello brotli '.repeat(40), Buffer.from([0, 1, 2, 255]), new Uint8Array([9, 8, 7]),
  new DataView(new Uint8Array([5, 6]).buffer), new Uint8Array([1, 2, 3, 4]).buffer, new Uint16Array([258, 772])];
for (const input of inputs) {
  const c = zlib.brotliCompressSync(input);
  const d = zlib.brotliDecompressSync(c);
  console.log(Object.prototype.toString.call(input), c.length, c.toString('hex').slice(0, 60), d.toString('hex').slice(0, 40), Buffer.isBuffer(d));
}
// Decompressing accepts the same input kinds.
const c = zlib.brotliCompressSync('kinds');
console.log(zlib.brotliDecompressSync(new Uint8Array(c)).toString(), zlib.brotliDecompressSync(c.buffer.slice(c.byteOffset, c.byteOffset + c.length)).toString());
