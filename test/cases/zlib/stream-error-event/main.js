const zlib = require('zlib');
const g = zlib.createGunzip();
g.on('error', (e) => console.log('error', e.message, e.errno, e.code));
g.on('close', () => console.log('close'));
g.end(Buffer.from('not gzip at all'));
