// Every fixed-length digest, over short and long input, copied midway, fed from shared memory;
// digest() twice errors; HMAC over the same algorithms.
const crypto = require('crypto');
const data = Buffer.alloc(200000);
for (let i = 0; i < data.length; i++) data[i] = (i * 7 + (i >> 9)) & 0xff;
const shared = Buffer.from(new SharedArrayBuffer(data.length + 5), 5);
data.copy(shared);
const names = ['md5', 'sha1', 'RIPEMD160', 'sha224', 'SHA256', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'blake2b512', 'blake2s256', 'md5-sha1', 'RSA-SHA1', 'sha-256'];
for (const name of names) {
  const h = crypto.createHash(name);
  h.update('abc');
  const c = h.copy();
  h.update(shared);
  c.update(data.subarray(0, 1000), 'buffer');
  console.log(name, h.digest('hex'), c.digest('base64'));
  try { h.digest(); } catch (e) { console.log(e.code, e.message); }
  console.log(name, 'empty', crypto.createHash(name).digest('base64url'));
  console.log(name, 'hmac', crypto.createHmac(name, 'k'.repeat(300)).update(data.subarray(0, 5000)).digest('hex'));
}
