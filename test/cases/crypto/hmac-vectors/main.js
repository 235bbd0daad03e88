const crypto = require('crypto');
for (const a of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3-256', 'sha512-256', 'ripemd160']) {
  for (const key of ['', 'key', 'k'.repeat(200), Buffer.from([1, 2, 3])]) console.log(a, crypto.createHmac(a, key).update('The quick brown fox').digest('hex'));
}
