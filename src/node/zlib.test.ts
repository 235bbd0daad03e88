import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as realZlib from 'node:zlib';
import * as zlib from './zlib.js';
import { setHost, type RuntimeHost } from './binding/host.js';

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

test('[zlib brotli] without the host\'s native brotli every entry point is ERR_NOT_IMPLEMENTED', () => {
  setHost({ natives: {} } as RuntimeHost);
  const calls: [string, () => unknown][] = [
    ['zlib.BrotliCompress (brotli)', () => zlib.createBrotliCompress()],
    ['zlib.BrotliDecompress (brotli)', () => new zlib.BrotliDecompress()],
    ['zlib.brotliCompressSync (brotli)', () => zlib.brotliCompressSync('x')],
    ['zlib.brotliDecompress (brotli)', () => zlib.brotliDecompress(Buffer.from('x'), () => {})],
  ];
  for (const [what, call] of calls) {
    assert.throws(call, { code: 'ERR_NOT_IMPLEMENTED', message: `${what} is not implemented in nodeling yet` });
  }
});
