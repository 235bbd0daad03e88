// Unit tests for util.types: every check is compared with the host's real node:util types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { types as hostTypes } from 'node:util';
import * as vm from 'node:vm';
import { types } from './types.js';

// Proxies cannot be told apart in plain JavaScript; the row for them is checked separately below.
const skipped = new Set(['isProxy', 'isExternal', 'isKeyObject', 'isCryptoKey']);

function samples(): [string, unknown][] {
  const otherRealm = vm.runInNewContext(`({
    map: new Map(), set: new Set(), date: new Date(), re: /x/, err: new TypeError('t'),
    u8: new Uint8Array(2), ab: new ArrayBuffer(1), promise: Promise.resolve(), fn: async function () {},
    gen: function* () {}, args: (function () { return arguments; })(), num: new Number(1),
  })`);
  return [
    ['undefined', undefined], ['null', null], ['number', 1], ['string', 's'], ['symbol', Symbol('s')], ['bigint', 1n],
    ['object', {}], ['array', []], ['function', () => {}],
    ['date', new Date()], ['invalid date', new Date(NaN)], ['regexp', /x/g], ['RegExp.prototype', RegExp.prototype],
    ['Date.prototype', Date.prototype], ['map', new Map()], ['set', new Set()], ['weakmap', new WeakMap()],
    ['weakset', new WeakSet()], ['Map.prototype', Map.prototype],
    ['promise', Promise.resolve(1)], ['pending promise', new Promise(() => {})], ['thenable', { then() {} }],
    ['promise subclass', new (class P extends Promise<void> {})(() => {})], ['Promise.prototype', Promise.prototype],
    ['arraybuffer', new ArrayBuffer(4)], ['sharedarraybuffer', new SharedArrayBuffer(4)],
    ['dataview', new DataView(new ArrayBuffer(4))],
    ['uint8', new Uint8Array(1)], ['uint8clamped', new Uint8ClampedArray(1)], ['uint16', new Uint16Array(1)],
    ['uint32', new Uint32Array(1)], ['int8', new Int8Array(1)], ['int16', new Int16Array(1)], ['int32', new Int32Array(1)],
    ['float32', new Float32Array(1)], ['float64', new Float64Array(1)], ['bigint64', new BigInt64Array(1)],
    ['biguint64', new BigUint64Array(1)], ['buffer', Buffer.from('x')],
    ['error', new Error('e')], ['type error', new TypeError('t')], ['error subclass', new (class E extends Error {})()],
    ['error-like', { name: 'Error', message: 'x' }], ['error proto object', Object.create(Error.prototype)],
    ['tagged error-like', { [Symbol.toStringTag]: 'Error' }],
    ['number object', new Number(1)], ['string object', new String('s')], ['boolean object', new Boolean(true)],
    ['bigint object', Object(1n)], ['symbol object', Object(Symbol('s'))],
    ['async function', async () => {}], ['async method', { async m() {} }.m], ['generator function', function* () {}],
    ['async generator function', async function* () {}], ['generator method', { *g() {} }.g],
    ['method named async', { async() {} }.async], ['async arrow with space', async (x: number) => x],
    ['generator object', (function* () {})()], ['async generator object', (async function* () {})()],
    ['map iterator', new Map().entries()], ['map keys', new Map().keys()], ['set iterator', new Set().values()],
    ['array iterator', [].values()],
    ['arguments', (function () { return arguments; })()], ['array-like', { length: 0 }],
    ['tag spoofing map', { [Symbol.toStringTag]: 'Map' }], ['tag spoofing date', { [Symbol.toStringTag]: 'Date' }],
    ['tag spoofing arguments', { [Symbol.toStringTag]: 'Arguments' }],
    ['tag spoofing typed array', Object.create(Uint8Array.prototype)],
    ['other realm', otherRealm],
    ...Object.entries(otherRealm).map(([k, v]) => [`realm ${k}`, v] as [string, unknown]),
  ];
}

test('[util types] exports the same checks as node', () => {
  assert.deepEqual(Object.keys(types).sort(), Object.keys(hostTypes).sort());
});

test('[util types] every check agrees with node on every sample', () => {
  const mismatches: string[] = [];
  for (const [name, value] of samples()) {
    for (const check of Object.keys(types) as (keyof typeof types)[]) {
      if (skipped.has(check)) continue;
      const ours = types[check](value);
      const theirs = (hostTypes as unknown as Record<string, (v: unknown) => boolean>)[check](value);
      if (ours !== theirs) mismatches.push(`${check}(${name}): node ${theirs}, ours ${ours}`);
    }
  }
  assert.equal(mismatches.join('\n'), '');
});

test('[util types] namespace objects are recognised', async () => {
  const ns = await import('./types.js');
  assert.equal(types.isModuleNamespaceObject(ns), hostTypes.isModuleNamespaceObject(ns));
  assert.equal(types.isModuleNamespaceObject(Object.freeze(Object.create(null))), false);
});

test('[util types] isPromise leaves a rejected promise unhandled and unchanged', async () => {
  const rejected = Promise.reject(new Error('keep'));
  assert.equal(types.isPromise(rejected), true);
  assert.equal(Object.getOwnPropertyDescriptor(rejected, 'constructor'), undefined);
  await assert.rejects(rejected, /keep/);
});

test('[util types] isProxy, isExternal and isKeyObject answer false', () => {
  assert.equal(types.isProxy(new Proxy({}, {})), false);
  assert.equal(types.isExternal({}), false);
  assert.equal(types.isKeyObject({}), false);
  assert.equal(types.isCryptoKey({}), false);
});
