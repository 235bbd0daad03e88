const zlib = require('zlib');
try { zlib.gunzipSync(zlib.gzipSync('abc').subarray(0, 10)); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
zlib.gunzip(zlib.gzipSync('abc').subarray(0, 10), (e, r) => console.log('cb', e.message, e.errno, e.code, r));
