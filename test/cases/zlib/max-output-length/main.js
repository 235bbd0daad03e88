const zlib = require('zlib');
try { zlib.gzipSync('a', { maxOutputLength: 2 }); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
zlib.gunzip(zlib.gzipSync('x'.repeat(100)), { maxOutputLength: 10 }, (e) => console.log('cb', e.code, e.message));
