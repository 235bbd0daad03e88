const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const parts = [];
for (let i = 0; i < 200; i++) parts.push(`record ${i} ${'z'.repeat(i % 37)}\n`);
let total = 0;
let count = 0;
const chunks = [];
pipeline(
  Readable.from(parts),
  zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6 } }),
  zlib.createBrotliDecompress(),
  new Writable({ write(chunk, enc, cb) { total += chunk.length; count++; chunks.push(chunk); cb(); } }),
  (err) => {
    const text = Buffer.concat(chunks).toString();
    console.log('done', err, total, text === parts.join(''), count > 0);
  },
);
