const crypto = require('crypto');
const b = crypto.randomBytes(16);
console.log(Buffer.isBuffer(b), b.length, crypto.randomBytes(0).length, crypto.randomBytes(100000).length);
crypto.randomBytes(8, (e, r) => console.log('cb', e, r.length));
try { crypto.randomBytes(-1); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.randomBytes('1'); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.randomBytes(2 ** 31); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.randomBytes(1, 5); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
