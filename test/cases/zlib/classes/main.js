const zlib = require('zlib');
const g = zlib.createGzip();
console.log(g instanceof zlib.Gzip, g instanceof require('stream').Transform, g.bytesWritten, typeof g.reset);
const d = new zlib.Deflate({ level: 1 });
d.on('data', () => {}); d.on('end', () => console.log('bytesWritten', d.bytesWritten));
d.end('12345');
