import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as legacyAssert from 'node:assert';
import * as util from 'node:util';
import { isDeepEqual, isDeepStrictEqual } from './comparisons.js';

function hostLoose(a: unknown, b: unknown): boolean {
  try {
    legacyAssert.deepEqual(a, b);
    return true;
  } catch {
    return false;
  }
}

const sym = Symbol('s');
const cycleA: any = { x: 1 };
cycleA.self = cycleA;
const cycleB: any = { x: 1 };
cycleB.self = cycleB;
const cycleC: any = { x: 1, self: { x: 1 } };
cycleC.self.self = cycleC;
const sparse1 = [1, , 3];
const sparse2 = [1, undefined, 3];
class Foo { a = 1; }
const loopX: any = {};
loopX.a = loopX;
const loopY: any = { a: { a: { a: {} } } };
const shared = {};
const arrCycle: any[] = [];
arrCycle.push(arrCycle);
const staleM: any = { z: {} };
staleM.self = staleM;
const staleN: any = {};
staleN.self = staleN;
staleN.z = staleN;
const deepCycleA: any = { a: { b: { c: {} } } };
deepCycleA.a.b.c.back = deepCycleA.a;
const deepCycleB: any = { a: { b: { c: {} } } };
deepCycleB.a.b.c.back = deepCycleB;
const tailLoop: any = { a: {} };
tailLoop.a.a = { a: tailLoop.a };
const selfLoop: any = { a: {} };
selfLoop.a.a = selfLoop.a;
const nonEnumErrors = (v: unknown) => Object.defineProperty(new Error('a'), 'errors', { value: v });
const errWithProp = Object.assign(new Error('a'), { code: 1 });

const pairs: [string, unknown, unknown][] = [
  ['0 vs -0', 0, -0],
  ['NaN', NaN, NaN],
  ['1 vs "1"', 1, '1'],
  ['null vs undefined', null, undefined],
  ['objects', { a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }],
  ['objects differ', { a: 1 }, { a: '1' }],
  ['extra key', { a: 1 }, { a: 1, b: undefined }],
  ['prototype', new Foo(), { a: 1 }],
  ['null proto', Object.create(null), {}],
  ['arrays', [1, 2, 3], [1, 2, 3]],
  ['array lengths', [1, 2], [1, 2, 3]],
  ['array extra prop', Object.assign([1], { x: 1 }), [1]],
  ['sparse vs undefined', sparse1, sparse2],
  ['sparse both', [1, , 3], [1, , 3]],
  ['dates', new Date(5), new Date(5)],
  ['dates differ', new Date(5), new Date(6)],
  ['date extra prop', Object.assign(new Date(5), { a: 1 }), new Date(5)],
  ['regexps', /a/g, /a/g],
  ['regexp flags', /a/g, /a/i],
  ['regexp lastIndex', /a/g, Object.assign(/a/g, { lastIndex: 2 })],
  ['errors', new Error('a'), new Error('a')],
  ['errors message', new Error('a'), new Error('b')],
  ['error types', new Error('a'), new TypeError('a')],
  ['error props', errWithProp, new Error('a')],
  ['error cause', new Error('a', { cause: 1 }), new Error('a', { cause: 2 })],
  ['maps', new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']])],
  ['maps differ', new Map([[1, 'a']]), new Map([[1, 'b']])],
  ['map object keys', new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 1]])],
  ['map loose keys', new Map([[1, 'a']]), new Map([['1', 'a']])],
  ['map loose values', new Map([[1, 1]]), new Map([[1, '1']])],
  ['sets', new Set([1, 2, 3]), new Set([3, 2, 1])],
  ['sets differ', new Set([1, 2]), new Set([1, 3])],
  ['set objects', new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])],
  ['set loose prims', new Set([1, 2]), new Set(['1', 2])],
  ['set null/undefined', new Set([null]), new Set([undefined])],
  ['set NaN', new Set([NaN]), new Set([NaN])],
  ['typed arrays', new Uint8Array([1, 2]), new Uint8Array([1, 2])],
  ['typed arrays differ', new Uint8Array([1, 2]), new Uint8Array([1, 3])],
  ['typed array kinds', new Uint8Array([1]), new Int8Array([1])],
  ['float -0', new Float64Array([0]), new Float64Array([-0])],
  ['float NaN', new Float64Array([NaN]), new Float64Array([NaN])],
  ['array buffers', new Uint8Array([1, 2]).buffer, new Uint8Array([1, 2]).buffer],
  ['array buffers differ', new Uint8Array([1, 2]).buffer, new Uint8Array([1, 3]).buffer],
  ['dataview', new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))],
  ['boxed number', new Number(1), new Number(1)],
  ['boxed number differ', new Number(1), new Number(2)],
  ['boxed -0', new Number(0), new Number(-0)],
  ['boxed string', new String('a'), new String('a')],
  ['boxed vs prim', new String('a'), 'a'],
  ['boxed bool', new Boolean(true), new Boolean(false)],
  ['boxed bigint', Object(1n), Object(1n)],
  ['boxed symbol', Object(sym), Object(sym)],
  ['symbol keys', { [sym]: 1 }, { [sym]: 1 }],
  ['symbol keys differ', { [sym]: 1 }, { [sym]: 2 }],
  ['symbol key missing', { [sym]: 1 }, {}],
  ['non-enumerable symbol', Object.defineProperty({}, sym, { value: 1 }), {}],
  ['cycles', cycleA, cycleB],
  ['cycle depth', cycleA, cycleC],
  ['functions', () => 1, () => 1],
  ['weakmaps', new WeakMap(), new WeakMap()],
  ['promises', Promise.resolve(1), Promise.resolve(2)],
  ['array vs object', [], {}],
  ['object vs array-like', { 0: 1, length: 1 }, [1]],
  ['arguments', (function (..._a: unknown[]) { return arguments; })(1, 2), (function (..._a: unknown[]) { return arguments; })(1, 2)],
  ['arguments vs array', (function (..._a: unknown[]) { return arguments; })(1), [1]],
  ['nested', { a: [{ b: new Map([[1, new Set([1])]]) }] }, { a: [{ b: new Map([[1, new Set([1])]]) }] }],
  ['bigint', 1n, 1n],
  ['string vs number loose', '1', 1],
  ['boolean loose', true, 1],
  ['cycle vs finite', loopX, loopY],
  ['cycle vs tail loop', loopX, tailLoop],
  ['cycle vs inner loop', loopX, selfLoop],
  ['shared refs', { a: shared, b: shared }, { a: {}, b: {} }],
  ['array cycle vs nested', arrCycle, [[[]]]],
  ['stale memo', staleM, staleN],
  ['deep cycles', deepCycleA, deepCycleB],
  ['cause one side', new Error('a', { cause: 1 }), new Error('a')],
  ['cause undefined vs none', new Error('a', { cause: undefined }), new Error('a')],
  ['cause loose', new Error('a', { cause: 1 }), new Error('a', { cause: '1' })],
  ['aggregate errors', new AggregateError([1], 'a'), new AggregateError(['1'], 'a')],
  ['non-enumerable errors', nonEnumErrors([1]), nonEnumErrors([2])],
  ['error name', new Error('a'), Object.assign(new Error('a'), { name: 'X' })],
  ['url same', new URL('http://a/'), new URL('http://a/')],
  ['url extra prop', Object.assign(new URL('http://a/'), { x: 1 }), new URL('http://a/')],
  ['url', new URL('http://a/'), new URL('http://b/')],
];

for (const [name, a, b] of pairs) {
  test(`[util comparisons] ${name}`, () => {
    assert.equal(isDeepStrictEqual(a, b), util.isDeepStrictEqual(a, b), 'strict');
    assert.equal(isDeepStrictEqual(b, a), util.isDeepStrictEqual(b, a), 'strict reversed');
    assert.equal(isDeepEqual(a, b), hostLoose(a, b), 'loose');
    assert.equal(isDeepEqual(b, a), hostLoose(b, a), 'loose reversed');
  });
}
