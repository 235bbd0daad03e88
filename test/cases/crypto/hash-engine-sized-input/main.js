const crypto = require('crypto');
const big = Buffer.alloc(3 * 1048576 + 17); for (let i = 0; i < big.length; i++) big[i] = (i * 13 + (i >> 9)) & 0xff;
for (const alg of ['sha1', 'sha256', 'sha384', 'sha512', 'md5']) {
  const out = [];
  for (const size of [0, 5, 262143, 262144, 262145, 1048576, big.length]) {
    out.push(crypto.createHash(alg).update(big.subarray(0, size)).digest('hex').slice(0, 16));
  }
  const h = crypto.createHash(alg); for (let i = 0; i < 600; i++) h.update(big.subarray(i * 1000, i * 1000 + 1000));
  const c = h.copy(); c.update('x'); out.push(c.digest('base64').slice(0, 10));
  h.update(big.subarray(600000, 2000000)); out.push(h.digest('hex').slice(0, 16));
  out.push(crypto.hash(alg, big).slice(0, 16));
  const m = Buffer.from(big.subarray(0, 500000)); const hm = crypto.createHash(alg).update(m); m.fill(0); out.push(hm.digest('hex').slice(0,16));
  console.log(alg, out.join(' '));
}
