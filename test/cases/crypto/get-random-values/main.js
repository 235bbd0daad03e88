const crypto = require('crypto');
const a = new Uint8Array(8);
console.log(crypto.getRandomValues(a) === a, crypto.webcrypto.getRandomValues(new Int32Array(2)).length);
console.log(typeof crypto.subtle.digest, crypto.subtle === crypto.webcrypto.subtle);
crypto.subtle.digest('SHA-256', Buffer.from('abc')).then((d) => console.log(Buffer.from(d).toString('hex')));
