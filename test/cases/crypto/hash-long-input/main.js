const crypto = require('crypto');
const data = Buffer.alloc(1 << 20, 'abcdefgh');
for (const a of ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha512-224", "sha512-256", "sha3-224", "sha3-256", "sha3-384", "sha3-512", "shake128", "shake256", "ripemd160"]) console.log(a, crypto.createHash(a).update(data).update(data.subarray(7)).digest('base64'));
