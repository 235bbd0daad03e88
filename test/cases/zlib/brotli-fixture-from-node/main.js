// Bytes Node 20 wrote (brotliCompressSync, quality 9, text mode), decoded here.
const zlib = require('zlib');
const fixture = Buffer.from(process.argv[2] || require('fs').readFileSync(__dirname + '/fixture.hex', 'utf8').trim(), 'hex');
const out = zlib.brotliDecompressSync(fixture);
console.log(out.length, zlib.crc32(out), JSON.stringify(out.toString().slice(0, 80)));
zlib.brotliDecompress(fixture, (err, res) => console.log('callback', err, res.equals(out)));
