const crypto = require('crypto');
for (const n of [0, 1, 16, 32, 100]) console.log(n, crypto.createHash('shake128', { outputLength: n }).update('x').digest('hex'));
console.log(crypto.createHash('shake256').digest('hex'));
console.log(crypto.createHash('sha256', { outputLength: 32 }).digest('hex'));
try { crypto.createHash('sha256', { outputLength: 5 }); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.createHash('shake128', { outputLength: -1 }); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.createHash('shake128', { outputLength: 'x' }); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
