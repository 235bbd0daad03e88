import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as realZlib from 'node:zlib';
import * as zlib from './zlib.js';

const samples = ['', 'a', 'hello world '.repeat(500), Array.from({ length: 3000 }, (_, i) => `w${(i * 7919) % 1013}`).join(' ')];

test('[zlib gzipSync] bytes equal real zlib at every level', () => {
  for (const s of samples) {
    for (const level of [-1, 0, 1, 5, 9]) {
      assert.deepEqual(Buffer.from(zlib.gzipSync(s, { level })), realZlib.gzipSync(s, { level }));
      assert.deepEqual(Buffer.from(zlib.deflateRawSync(s, { level })), realZlib.deflateRawSync(s, { level }));
    }
  }
});

test('[zlib crc32] equals real zlib.crc32', () => {
  for (const s of samples) assert.equal(zlib.crc32(s, 7), realZlib.crc32(s, 7));
});
