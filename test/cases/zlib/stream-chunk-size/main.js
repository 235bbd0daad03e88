const zlib = require('zlib');
const d = zlib.createInflate({ chunkSize: 64 });
const sizes = [];
d.on('data', (c) => sizes.push(c.length));
d.on('end', () => console.log(sizes.length, sizes[0], sizes.reduce((a, b) => a + b)));
d.end(zlib.deflateSync('z'.repeat(1000)));
