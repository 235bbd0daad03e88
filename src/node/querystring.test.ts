import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as real from 'node:querystring';
import qs from './querystring.js';

// The stored @types/node lacks some querystring members that Node 20 has.
const realQs = real as unknown as Record<string, (...args: unknown[]) => never>;

const parseInputs: Array<[string, string?, string?, { maxKeys?: number }?]> = [
  ['a=1&b=2'], ['a=1&a=2&a=3'], ['&&a=1&&'], ['a'], ['a='], ['=b'], ['='], ['a=b=c'], ['+a+=+b+'],
  ['a%20b=c%20d'], ['a=%zz'], ['a=%E0%A4%A'], ['a=%e2%82%ac'], ['%'], ['a=%4'], ['a=\uD800%zz'],
  ['__proto__=1&constructor=2'], ['a;b;c', ';'], ['a:1;b:2', ';', ':'], ['a==1&&b==2', '&&', '=='],
  ['aab', 'ab'], ['a=1&b=2&c=3', '&', '=', { maxKeys: 2 }], ['&&&a=1', '&', '=', { maxKeys: 2 }],
  ['a=1&b=2', '&', '=', { maxKeys: 0 }], ['a%2=1%2'], ['a+b%41=%41+'], ['a=1&', ''], ['x=%41%4', '', ''],
];

test('[querystring parse] matches node for a table of inputs', () => {
  for (const [input, sep, eq, options] of parseInputs) {
    assert.deepEqual({ ...qs.parse(input, sep, eq, options) }, { ...real.parse(input, sep, eq, options) }, input);
  }
});

test('[querystring parse] custom decoder is applied to every non-empty part', () => {
  const decode = (s: string) => s.toUpperCase();
  assert.deepEqual({ ...qs.parse('a=b&c', undefined, undefined, { decodeURIComponent: decode }) },
    { ...real.parse('a=b&c', undefined, undefined, { decodeURIComponent: decode }) });
});

const values: unknown[] = [
  { a: 1, b: 'x y', c: [1, 2], d: [], e: true, f: null, g: undefined, h: NaN, i: 1e21, j: 10n, k: {} },
  { 'é€': '☃', '!\'()*~': '-._' }, 'str', null, [1, 2], { a: '\uDC00a' },
];

test('[querystring stringify] matches node', () => {
  for (const v of values) assert.equal(qs.stringify(v), real.stringify(v as never));
  assert.equal(qs.stringify({ a: [1, 2], b: 3 }, ';', ':'), real.stringify({ a: [1, 2], b: 3 }, ';', ':'));
  const enc = { encodeURIComponent: (s: string) => `<${s}>` };
  assert.equal(qs.stringify({ a: 1, b: [true, null] }, '&', '=', enc), realQs.stringify({ a: 1, b: [true, null] }, '&', '=', enc));
});

test('[querystring escape] lone surrogates as node', () => {
  for (const s of ['\uDC00b', '\uD800a', 'a b', 'ä', '😀']) assert.equal(qs.escape(s), real.escape(s));
  assert.throws(() => qs.escape('x\uDC00'), { code: 'ERR_INVALID_URI', name: 'URIError', message: 'URI malformed' });
});

test('[querystring unescapeBuffer] keeps malformed escapes and truncates wide characters', () => {
  for (const s of ['%41%zz%4', 'é%41', 'a+b', '%%41', '%']) {
    assert.deepEqual([...qs.unescapeBuffer(s, true)], [...realQs.unescapeBuffer(s, true)], s);
    assert.deepEqual([...qs.unescapeBuffer(s)], [...realQs.unescapeBuffer(s)], s);
    assert.equal(qs.unescape(s, true), realQs.unescape(s, true));
  }
});
