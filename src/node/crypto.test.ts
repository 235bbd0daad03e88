import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as realCrypto from 'node:crypto';
import * as crypto from './crypto.js';

const algorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'shake128', 'shake256', 'ripemd160', 'blake2b512', 'blake2s256', 'md5-sha1'];

test('[crypto createHash] digests equal real node for every algorithm', () => {
  for (const alg of algorithms) {
    for (const input of ['', 'abc', 'x'.repeat(10000)]) {
      assert.equal(crypto.createHash(alg).update(input).digest('hex'), realCrypto.createHash(alg).update(input).digest('hex'), alg);
    }
  }
});

test('[crypto createHmac] equals real node for long and short keys', () => {
  for (const alg of ['md5', 'sha256', 'sha512', 'sha3-256']) {
    for (const key of ['', 'k', 'k'.repeat(300)]) {
      assert.equal(crypto.createHmac(alg, key).update('data').digest('hex'), realCrypto.createHmac(alg, key).update('data').digest('hex'));
    }
  }
});
