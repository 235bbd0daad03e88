// Tests for the Node host's native codecs and digests against the real Buffer and crypto, and for
// the runtime's codecs and hashes once they use them (bytes on shared memory, offsets, truncation).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Buffer as NodeBuffer } from 'node:buffer';
import { createHash as nodeCreateHash, createHmac as nodeCreateHmac } from 'node:crypto';
import { codecNatives } from './natives-codecs.js';
import { setHost, type RuntimeHost } from '../../node/binding/host.js';
import { base64Slice, base64urlSlice, base64Write, hexSlice, hexWrite } from '../../node/internal/buffer/encoding.js';
import { lookupAlgorithm } from '../../node/internal/crypto/hashes.js';
import { randomBytes } from '../../../test/unit/support/random-bytes.js';

const natives = codecNatives();
setHost({ natives } as RuntimeHost);

const sizes = [0, 1, 2, 3, 4, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 1000, 4097, 70000];

function sharedCopy(bytes: Uint8Array, pad: number): Uint8Array {
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.length + 2 * pad), pad, bytes.length);
  shared.set(bytes);
  return shared;
}

test('[natives-codecs encode] equals Buffer#toString for every size, range and backing store', () => {
  for (const n of sizes) {
    const bytes = randomBytes(n, n + 1);
    const node = NodeBuffer.from(bytes);
    for (const view of [bytes, sharedCopy(bytes, 3)]) {
      for (const [start, end] of [[0, n], [n >> 2, n - (n >> 3)]]) {
        assert.equal(natives.hexEncode!(view, start, end), node.toString('hex', start, end));
        assert.equal(natives.base64Encode!(view, start, end), node.toString('base64', start, end));
        assert.equal(natives.base64urlEncode!(view, start, end), node.toString('base64url', start, end));
        assert.equal(hexSlice(view, start, end), node.toString('hex', start, end));
        assert.equal(base64Slice(view, start, end), node.toString('base64', start, end));
        assert.equal(base64urlSlice(view, start, end), node.toString('base64url', start, end));
      }
    }
  }
});

const long = NodeBuffer.from(randomBytes(3000, 11));
const base64Text = long.toString('base64');
const base64Cases = [
  '', 'A', 'QQ', 'QQ=', 'QQ==', 'QUJD', 'QUJDRA', 'QUJDRA=', 'QUJDRA==', 'QUJDRA===', '=QUJD',
  'QU=JD', 'QU JD\nRA==', ' QUJD ', 'QU\tJ-D_', '-_-_-_+/+/', 'Q\u0100UJD', 'QUJDé', 'QUJD\u{1F600}RA',
  base64Text, base64Text.slice(0, 1001), base64Text.slice(0, 1002) + '=' + base64Text,
  base64Text.replace(/(.{76})/g, '$1\r\n'), `${base64Text.slice(0, 40)}!!${base64Text}`,
  long.toString('base64url'), long.toString('base64url').slice(0, 4001),
];
const hexText = long.toString('hex');
const hexCases = [
  '', 'a', 'ab', 'abc', 'abz', 'zz', 'AbCd', 'ab cd', 'g0', 'é0', '0\u0100', hexText, hexText.toUpperCase(),
  hexText + 'a', `${hexText.slice(0, 1001)}zz${hexText}`, `${hexText.slice(0, 998)}\u{1F600}`, 'ab'.repeat(17),
];

/** Decodes `text` with `write` into a buffer of `room + 8` bytes at offset 3, as `buf.write` would. */
function decodeWith(write: (b: Uint8Array, t: string, o: number, l: number) => number, text: string, room: number, shared: boolean): number[] {
  const buf = shared ? new Uint8Array(new SharedArrayBuffer(room + 8)) : new Uint8Array(room + 8);
  buf.fill(0xee);
  const n = write(buf, text, 3, room);
  return [n, ...buf];
}

function nodeDecode(text: string, encoding: BufferEncoding, room: number): number[] {
  const buf = NodeBuffer.alloc(room + 8, 0xee);
  const n = buf.write(text, 3, room, encoding);
  return [n, ...buf];
}

test('[natives-codecs decode] equals Buffer#write for junk, padding, odd lengths and truncation', () => {
  for (const [cases, encoding, native, runtime] of [
    [base64Cases, 'base64', natives.base64Decode!, base64Write],
    [base64Cases, 'base64url', natives.base64Decode!, base64Write],
    [hexCases, 'hex', natives.hexDecode!, hexWrite],
  ] as const) {
    for (const text of cases) {
      const full = NodeBuffer.byteLength(text, encoding);
      for (const room of new Set([0, 1, 2, 5, 20, 40, full >> 1, full - 1, full, full + 5])) {
        if (room < 0) continue;
        const expected = nodeDecode(text, encoding, room);
        const label = `${encoding} ${JSON.stringify(text.slice(0, 30))}... room ${room}`;
        for (const shared of [false, true]) {
          assert.deepEqual(decodeWith(native, text, room, shared), expected, label);
          assert.deepEqual(decodeWith(runtime, text, room, shared), expected, label);
        }
      }
    }
  }
});

test('[natives-codecs decode] a zero-length target takes nothing, even when detached', () => {
  const bytes = new Uint8Array(new ArrayBuffer(8));
  structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
  assert.equal(natives.base64Decode!(bytes, 'QUJD', 0, 0), 0);
  assert.equal(natives.hexDecode!(bytes, 'abcd', 0, 0), 0);
  assert.equal(natives.hexEncode!(bytes, 0, 0), '');
});

const algorithms = [
  'md5', 'sha1', 'ripemd160', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'blake2b512', 'blake2s256', 'md5-sha1',
];

test('[natives-codecs createHash] digests, copies and feeds from shared memory as node:crypto does', () => {
  const data = randomBytes(5000, 3);
  for (const name of algorithms) {
    const hash = natives.createHash!(name);
    assert.ok(hash !== null, name);
    hash.update(data.subarray(0, 100));
    const copy = hash.copy();
    hash.update(sharedCopy(data.subarray(100), 1));
    const expected = nodeCreateHash(name).update(data).digest();
    const digest = hash.digest();
    assert.equal(Object.getPrototypeOf(digest), Uint8Array.prototype, name);
    assert.deepEqual(NodeBuffer.from(digest), expected, name);
    assert.deepEqual(NodeBuffer.from(copy.digest()), nodeCreateHash(name).update(data.subarray(0, 100)).digest(), name);
  }
});

test('[natives-codecs createHash] null for an algorithm the host does not know', () => {
  assert.equal(natives.createHash!('whirlpool-9000'), null);
});

test('[hashes native] the runtime\'s algorithms, HMAC-shaped use included, match node:crypto', () => {
  const data = randomBytes(300, 5);
  for (const name of [...algorithms, 'RSA-SHA256', 'SHA512-256']) {
    const alg = lookupAlgorithm(name)!;
    const state = alg.create();
    assert.equal(state.constructor.name, 'NativeState', name);
    state.update(data.subarray(0, 7));
    const copy = state.clone();
    state.update(data.subarray(7));
    assert.deepEqual(NodeBuffer.from(state.digest()), nodeCreateHash(name).update(data).digest(), name);
    assert.deepEqual(NodeBuffer.from(copy.digest()), nodeCreateHash(name).update(data.subarray(0, 7)).digest(), name);
  }
  // HMAC as crypto.ts builds it: inner and outer states over padded keys.
  const alg = lookupAlgorithm('sha256')!;
  const key = NodeBuffer.from('key');
  const block = new Uint8Array(alg.blockLen);
  block.set(key);
  const inner = alg.create();
  inner.update(block.map((b) => b ^ 0x36));
  inner.update(data);
  const outer = alg.create();
  outer.update(block.map((b) => b ^ 0x5c));
  outer.update(inner.digest());
  assert.deepEqual(NodeBuffer.from(outer.digest()), nodeCreateHmac('sha256', key).update(data).digest());
});

test('[hashes native] shake keeps its portable, length-taking state', () => {
  const alg = lookupAlgorithm('shake256')!;
  const state = alg.create(10);
  state.update(new Uint8Array([1, 2, 3]));
  assert.deepEqual(NodeBuffer.from(state.digest()), nodeCreateHash('shake256', { outputLength: 10 }).update(new Uint8Array([1, 2, 3])).digest());
});

test('[natives-codecs decodeToNew] equals Buffer.from and owns all of its memory', () => {
  const { decodeToNew } = codecNatives();
  const big = NodeBuffer.alloc(10000, 'nodeling \u00e9\u2713 ');
  const inputs: [string, 'base64' | 'hex'][] = [
    [big.toString('base64'), 'base64'], [big.toString('base64url'), 'base64'], [big.toString('hex'), 'hex'],
    [`${big.toString('base64')}!! \n==junk`, 'base64'], [`${big.toString('hex')}zz12`, 'hex'], ['aGk=', 'base64'], ['abc', 'hex'], ['', 'base64'],
  ];
  for (const [text, encoding] of inputs) {
    const bytes = decodeToNew!(text, encoding);
    assert.deepEqual(NodeBuffer.from(bytes), NodeBuffer.from(text, encoding), `${encoding} ${text.slice(-12)}`);
    assert.equal(bytes.byteOffset, 0);
    assert.equal(bytes.buffer.byteLength, bytes.length, 'no other bytes share the ArrayBuffer');
  }
});
