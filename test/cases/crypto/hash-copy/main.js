const crypto = require('crypto');
const h = crypto.createHash('sha256').update('one');
const c = h.copy();
console.log(h.update('two').digest('hex'));
console.log(c.digest('hex'));
console.log(crypto.createHash('shake256').update('q').copy({ outputLength: 8 }).digest('hex'));
try { c.copy(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
