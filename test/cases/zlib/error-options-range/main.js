const zlib = require('zlib');
try { zlib.createGzip({ level: 20 }); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { zlib.createGzip({ level: 'x' }); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { zlib.createGzip({ chunkSize: 10 }); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { zlib.createGzip({ windowBits: 16 }); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { zlib.createGzip({ memLevel: 0 }); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { zlib.createGzip({ strategy: 9 }); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { zlib.createGzip({ finishFlush: 9 }); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { zlib.createGzip({ flush: -1 }); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { zlib.createGzip({ level: 5.5 }); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { zlib.createGzip({ chunkSize: NaN }); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
