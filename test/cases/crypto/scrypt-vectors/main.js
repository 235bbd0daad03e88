const crypto = require('crypto');
console.log(crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex'));
console.log(crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'));
console.log(crypto.scryptSync('pw', 'salt', 16).toString('hex'));
console.log(crypto.scryptSync('pw', 'salt', 16, { cost: 32, blockSize: 2, parallelization: 2 }).toString('hex'));
crypto.scrypt('pw', 'salt', 8, (e, k) => {
  console.log('cb', e, k.toString('hex'));
  crypto.scrypt('pw', 'salt', 8, { N: 64 }, (e2, k2) => console.log('cb2', e2, k2.toString('hex')));
});
