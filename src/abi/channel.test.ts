// Unit tests of the channel codec: every value kind survives a round trip through shared memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DATA_OFFSET, DATA_SIZE, Decoder, Encoder, createChannelBuffer, type Value } from './channel.js';

function roundTrip(value: Value): Value {
  const bytes = new Uint8Array(createChannelBuffer(), DATA_OFFSET, DATA_SIZE);
  const encoder = new Encoder(bytes);
  encoder.value(value);
  return new Decoder(bytes).value();
}

const samples: [string, Value][] = [
  ['undefined', undefined], ['null', null], ['true', true], ['false', false],
  ['small int', 42], ['negative int', -7], ['int32 max', 2147483647], ['beyond int32', 2 ** 40],
  ['fraction', 1732541234567.125], ['negative zero', -0], ['NaN', NaN], ['Infinity', -Infinity],
  ['empty string', ''], ['ascii', '/home/user/app.js'], ['non-ascii', 'héllo wörld ✓ 😀'],
  ['long string', 'x'.repeat(10000) + 'é'], ['bigint', 12345678901234567890n],
  ['bytes', new Uint8Array([0, 1, 254, 255])], ['empty bytes', new Uint8Array(0)],
  ['short array', [1, 'a', null]], ['number block', [1, 2, 3, 4, 5, 6, 7, 8.5, -0, 1e300]],
  ['nested', { a: [1, { b: 'c' }], d: { e: new Uint8Array([9]) } }],
];

for (const [name, value] of samples) {
  test(`[channel codec] round-trips ${name}`, () => {
    const back = roundTrip(value);
    if (typeof value === 'number' && Number.isNaN(value)) assert.ok(Number.isNaN(back));
    else assert.deepStrictEqual(back, value);
  });
}

test('[channel codec] a message larger than the data area is refused, not truncated', () => {
  const bytes = new Uint8Array(new SharedArrayBuffer(64));
  assert.throws(() => new Encoder(bytes).value('y'.repeat(100)), RangeError);
});

test('[channel codec] a corrupt tag is reported as an error', () => {
  const bytes = new Uint8Array([200]);
  assert.throws(() => new Decoder(bytes).value(), TypeError);
});

test('[channel codec] a number block round-trips in an area that is not 8-byte aligned', () => {
  const bytes = new Uint8Array(new SharedArrayBuffer(1024), 4, 1000);
  const value = ['/tmp', [1, 2, 3, 4, 5, 6, 7, 8.5, -0, 1e300, NaN], 'é'];
  new Encoder(bytes).value(value);
  assert.deepStrictEqual(new Decoder(bytes).value(), value);
});

test('[channel codec] a short string with a non-ASCII byte near its end decodes whole', () => {
  const value = `${'a'.repeat(40)}é${'b'.repeat(5)}`;
  assert.equal(roundTrip(value), value);
});
