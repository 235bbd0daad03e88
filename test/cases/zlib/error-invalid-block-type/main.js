const zlib = require('zlib');
try { zlib.inflateRawSync(Buffer.from([0xff, 0xff])); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
