import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as zlib from 'node:zlib';
import { brotliNatives } from './natives-brotli.js';
import type { HostBrotliCoder, HostBrotliError } from '../../node/binding/host.js';

const brotli = brotliNatives().brotli!;
const { BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FINISH, BROTLI_PARAM_QUALITY, BROTLI_PARAM_MODE, BROTLI_MODE_TEXT } = zlib.constants;

function params(entries: Record<number, number>): Uint32Array {
  const p = new Uint32Array(9).fill(0xffffffff);
  for (const [k, v] of Object.entries(entries)) p[+k] = v;
  return p;
}

/** Runs all of `input` with `op` through `coder`, as Node's sync loop does; returns output or the error. */
function drive(coder: HostBrotliCoder, input: Uint8Array, op: number): Buffer | HostBrotliError {
  const outs: Buffer[] = [];
  let inOff = 0;
  let inLen = input.length;
  for (;;) {
    const out = Buffer.alloc(100);
    const err = coder.write(op, input, inOff, inLen, out, 0, out.length);
    if (err) return err;
    outs.push(out.subarray(0, out.length - coder.state[0]!));
    inOff += inLen - coder.state[1]!;
    inLen = coder.state[1]!;
    if (coder.state[0] !== 0) return Buffer.concat(outs);
  }
}

const samples = ['', 'a', 'brotli '.repeat(300), Array.from({ length: 2000 }, (_, i) => `w${(i * 7919) % 1013}`).join(' ')];

test('[natives brotli] encoder bytes equal real brotliCompressSync for each quality and mode', () => {
  for (const s of samples) {
    for (const quality of [0, 4, 11]) {
      const entries = { [BROTLI_PARAM_QUALITY]: quality, [BROTLI_PARAM_MODE]: BROTLI_MODE_TEXT };
      const coder = brotli.open(true, params(entries))!;
      assert.deepEqual(drive(coder, Buffer.from(s), BROTLI_OPERATION_FINISH), zlib.brotliCompressSync(s, { params: entries }));
      coder.close();
    }
  }
});

test('[natives brotli] decoder reads what real brotli wrote, across several writes', () => {
  for (const s of samples) {
    const packed = zlib.brotliCompressSync(s);
    const coder = brotli.open(false, params({}))!;
    const half = packed.length >> 1;
    const a = drive(coder, packed.subarray(0, half), BROTLI_OPERATION_PROCESS) as Buffer;
    const b = drive(coder, packed.subarray(half), BROTLI_OPERATION_FINISH) as Buffer;
    assert.equal(Buffer.concat([a, b]).toString(), s);
  }
});

test('[natives brotli] corrupt input reports Node\'s message, errno and code', () => {
  const coder = brotli.open(false, params({}))!;
  assert.deepEqual(drive(coder, Buffer.from('garbage'), BROTLI_OPERATION_FINISH),
    { message: 'Decompression failed', errno: -14, code: 'ERR__ERROR_FORMAT_PADDING_1' });
  const truncated = brotli.open(false, params({}))!;
  assert.deepEqual(drive(truncated, zlib.brotliCompressSync('hello hello').subarray(0, 3), BROTLI_OPERATION_FINISH),
    { message: 'unexpected end of file', errno: -5, code: 'Z_BUF_ERROR' });
});

test('[natives brotli] a decoder parameter the library refuses gives null', () => {
  assert.equal(brotli.open(false, params({ 2: 1 })), null);
  assert.notEqual(brotli.open(true, params({ 2: 10 })), null);
});

test('[natives brotli] reset starts a new stream', () => {
  const coder = brotli.open(true, params({}))!;
  const first = drive(coder, Buffer.from('one'), BROTLI_OPERATION_FINISH);
  coder.reset();
  assert.deepEqual(drive(coder, Buffer.from('one'), BROTLI_OPERATION_FINISH), first);
});
