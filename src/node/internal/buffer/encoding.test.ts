// Tests for the hex and base64 decoders' fast paths (long ASCII input read as bytes) against
// the real Node's Buffer, including junk, padding, odd offsets and non-ASCII input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Buffer as NodeBuffer } from 'node:buffer';
import { base64Slice, base64urlSlice, base64Write, hexSlice, hexWrite } from './encoding.js';
import { randomBytes } from '../../../../test/unit/support/random-bytes.js';

function decodeWith(write: typeof hexWrite, str: string, room: number): number[] {
  const buf = new Uint8Array(room + 4).fill(0xee);
  const n = write(buf, str, 2, room);
  return [n, ...buf];
}

function nodeDecode(str: string, encoding: 'hex' | 'base64', room: number): number[] {
  const buf = NodeBuffer.alloc(room + 4, 0xee);
  const n = buf.write(str, 2, room, encoding);
  return [n, ...buf];
}

const long = NodeBuffer.from(randomBytes(3000, 7));
const hexCases: string[] = [
  long.toString('hex'),
  long.toString('hex').toUpperCase(),
  long.toString('hex') + 'a',
  long.toString('hex').slice(0, 1001) + 'zz' + long.toString('hex'),
  long.toString('hex').slice(0, 500) + 'é' + long.toString('hex'),
  long.toString('hex').slice(0, 999) + 'g0' + long.toString('hex'),
  'ab'.repeat(65),
  'ab'.repeat(64) + 'x',
];

test('[buffer hexWrite] long input decodes as Node does, to the first bad pair', () => {
  for (const str of hexCases) {
    for (const room of [str.length >>> 1, 100, 65, 64, 3]) {
      assert.deepEqual(decodeWith(hexWrite, str, room), nodeDecode(str, 'hex', room), `${str.slice(0, 20)}… room ${room}`);
    }
  }
});

const b64 = long.toString('base64');
const base64Cases: string[] = [
  b64,
  long.subarray(0, 2999).toString('base64'),
  long.subarray(0, 2998).toString('base64'),
  long.toString('base64url'),
  b64.replace(/=+$/, ''),
  b64.replace(/(.{76})/g, '$1\n'),
  b64.replace(/(.{76})/g, '$1\r\n'),
  b64.slice(0, 301) + ' ' + b64.slice(301),
  b64.slice(0, 400) + '=' + b64.slice(400),
  b64.slice(0, 400) + '==' + b64.slice(400),
  b64.slice(0, 401) + '*' + b64.slice(401),
  b64.slice(0, 200) + 'é€' + b64.slice(200),
  b64.slice(0, 1001),
  b64.slice(0, 1002),
  b64.slice(0, 1003),
  'QUJD'.repeat(40) + 'Q',
  'QUJD'.repeat(40) + 'QU',
  'QUJD'.repeat(40) + 'QUI=',
  '!!' + 'QUJD'.repeat(40),
];

test('[buffer base64Write] long input decodes as Node does: junk skipped, = ends, room respected', () => {
  for (const str of base64Cases) {
    const full = NodeBuffer.byteLength(str, 'base64');
    for (const room of [full, full - 1, full - 2, 100, 66, 3, 1]) {
      if (room < 0) continue;
      assert.deepEqual(decodeWith(base64Write, str, room), nodeDecode(str, 'base64', room), `${JSON.stringify(str.slice(0, 20))}… room ${room}`);
    }
  }
});

test('[buffer hexSlice] long ranges at odd and even addresses match Node', () => {
  const bytes = randomBytes(10001, 3);
  for (const viewStart of [0, 1]) {
    const view = new Uint8Array(bytes.buffer, viewStart, bytes.length - viewStart);
    const node = NodeBuffer.from(view.buffer, view.byteOffset, view.byteLength);
    for (const [start, end] of [[0, view.length], [1, view.length], [0, 4096], [3, 4100], [2, 9999], [5, 5000]]) {
      assert.equal(hexSlice(view, start, end), node.toString('hex', start, end), `view at ${viewStart}, ${start}..${end}`);
    }
  }
});

test('[buffer base64Slice] every short length and both alphabets match Node', () => {
  const bytes = randomBytes(200, 11);
  const node = NodeBuffer.from(bytes);
  for (let start = 0; start < 4; start++) {
    for (let end = start; end <= 200; end++) {
      assert.equal(base64Slice(bytes, start, end), node.toString('base64', start, end), `${start}..${end}`);
      assert.equal(base64urlSlice(bytes, start, end), node.toString('base64url', start, end), `url ${start}..${end}`);
    }
  }
});
