const crypto = require('crypto');
const k = crypto.pbkdf2Sync('pw', 'salt', 1, 32, 'sha256');
const u = crypto.createHmac('sha256', 'pw').update(Buffer.concat([Buffer.from('salt'), Buffer.from([0, 0, 0, 1])])).digest();
console.log(k.equals(u));
