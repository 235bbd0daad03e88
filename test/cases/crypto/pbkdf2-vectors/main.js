const crypto = require('crypto');
for (const [d, it, len] of [['sha1', 1, 20], ['sha1', 2, 20], ['sha1', 4096, 20], ['sha256', 1000, 32], ['sha512', 10, 64], ['md5', 5, 7], ['sha3-256', 3, 40]]) console.log(d, crypto.pbkdf2Sync('password', 'salt', it, len, d).toString('hex'));
console.log(crypto.pbkdf2Sync(Buffer.from('p'), new Uint8Array(4), 1, 0, 'sha1').length);
crypto.pbkdf2('pw', 'salt', 2, 16, 'sha256', (e, k) => console.log('cb', e, k.toString('hex')));
