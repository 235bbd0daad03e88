const crypto = require('crypto');
for (const a of ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha512-224", "sha512-256", "sha3-224", "sha3-256", "sha3-384", "sha3-512", "shake128", "shake256", "ripemd160", "RSA-SHA256", "SHA256", "blake2b512", "blake2s256", "md5-sha1", "sha-256", "rmd160"]) {
  for (const input of ['', 'abc', 'a'.repeat(1000)]) console.log(a, crypto.createHash(a).update(input).digest('hex'));
}
