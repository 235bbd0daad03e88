const crypto = require('crypto');
const h = () => crypto.createHash('sha256').update('x');
for (const e of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'buffer', undefined]) console.log(e, h().digest(e));
console.log(crypto.createHash('md5').update('héllo', 'latin1').digest('hex'), crypto.createHash('md5').update('68656c6c6f', 'hex').digest('hex'), crypto.createHash('md5').update('aGVsbG8=', 'base64').digest('hex'), crypto.createHash('md5').update('hi', 'utf16le').digest('hex'));
console.log(crypto.createHash('md5').update(new Uint16Array([1, 2])).update(new DataView(new ArrayBuffer(3))).digest('hex'));
console.log(h().digest('bogus'));
