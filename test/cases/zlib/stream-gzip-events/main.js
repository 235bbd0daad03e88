const zlib = require('zlib');
const g = zlib.createGzip();
g.on('data', (d) => console.log('data', d.length));
g.on('end', () => console.log('end'));
g.on('finish', () => console.log('finish'));
g.on('close', () => console.log('close'));
g.write('abc');
g.flush(() => console.log('flushed'));
g.end('def');
