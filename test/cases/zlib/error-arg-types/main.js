const zlib = require('zlib');
try { zlib.gzipSync(1); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { zlib.gzip('a'); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { zlib.createDeflate({ dictionary: 'abc' }); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { zlib.crc32(1); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { zlib.crc32('a', 'b'); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
