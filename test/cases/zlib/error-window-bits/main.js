const zlib = require('zlib');
try { zlib.createDeflate({ windowBits: 8 }); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { zlib.createInflate({ windowBits: 7 }); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { zlib.createUnzip({ windowBits: 0 }); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { zlib.createGunzip({ windowBits: 0 }); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
