const zlib = require('zlib');
try { zlib.inflateSync(Buffer.from('hello')); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
zlib.inflate(Buffer.from('hello'), (e) => console.log('cb', e.message, e.errno, e.code, Object.keys(e)));
