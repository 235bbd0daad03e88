// Unit tests for util.inspect / util.format: every row is compared with the host's real node:util.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as util from 'node:util';
import * as vm from 'node:vm';
import { format, formatWithOptions, inspect, isError, setInspectWorkingDirectory, stripVTControlCharacters } from './inspect.js';

setInspectWorkingDirectory(() => process.cwd());

class Foo {
  a = 1;
}
class Bar extends Foo {
  b = [1, 2, { c: 3 }];
}
class Tagged {
  get [Symbol.toStringTag]() {
    return 'Custom';
  }
}
class WithToString {
  toString() {
    return 'custom toString';
  }
}
class MyError extends Error {}
class NamedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NamedError';
  }
}
function named() {}
async function asyncFn() {}
function* gen() {}
async function* asyncGen() {}
const arrow = () => {};
class A {}
class B extends A {}

function circular(): unknown {
  const o: Record<string, unknown> = { name: 'root', list: [1, 2] };
  o.self = o;
  (o.list as unknown[]).push(o);
  return o;
}

function twoCircles(): unknown {
  const a: Record<string, unknown> = { id: 'a' };
  const b: Record<string, unknown> = { id: 'b', a };
  a.b = b;
  b.b = b;
  return { a, b };
}

function sparse(): unknown[] {
  const arr = [1, , 3, , , 6];
  (arr as unknown as Record<string, unknown>).extra = 'x';
  return arr;
}

function withGetters(): object {
  const o = { x: 1 };
  Object.defineProperty(o, 'g', { get: () => 42, enumerable: true });
  Object.defineProperty(o, 'gs', { get: () => ({ deep: true }), set: () => {}, enumerable: true });
  Object.defineProperty(o, 's', { set: () => {}, enumerable: true });
  Object.defineProperty(o, 'gn', { get: () => null, enumerable: true });
  Object.defineProperty(o, 'hidden', { value: 'h', enumerable: false });
  return o;
}

function errorWithProps(): Error {
  const err = new Error('boom') as Error & { code?: string; extra?: unknown };
  err.code = 'E_BOOM';
  err.extra = { nested: [1, 2] };
  return err;
}

function errorNoStack(): Error {
  const err = new TypeError('no stack here');
  err.stack = undefined;
  return err;
}

function errorOddStack(): Error {
  const err = new Error('message');
  err.stack = 'Something else entirely';
  return err;
}

function errorRenamed(): Error {
  const err = new Error('renamed');
  err.name = 'CustomName';
  return err;
}

function nullProtoError(): Error {
  const err = new RangeError('np');
  Object.setPrototypeOf(err, null);
  return err;
}

function customInspected(): object {
  return {
    outer: {
      [util.inspect.custom](depth: number, options: { stylize: (s: string, t: string) => string }) {
        return `Custom<${depth}>\nsecond line`;
      },
    },
    other: { [util.inspect.custom]: () => ({ replaced: [1, 2, 3] }) },
  };
}

function longArray(n: number, fill: (i: number) => unknown): unknown[] {
  return Array.from({ length: n }, (_, i) => fill(i));
}

const dateValue = new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 6));

/** Each factory builds a fresh value, so both implementations see identical objects. */
const values: [string, () => unknown][] = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['true', () => true],
  ['zero', () => 0],
  ['minus zero', () => -0],
  ['float', () => 3.14159],
  ['big number', () => 1234567.891],
  ['NaN', () => NaN],
  ['Infinity', () => -Infinity],
  ['exponent', () => 1e21],
  ['tiny', () => 1.5e-7],
  ['bigint', () => 1n],
  ['big bigint', () => -12345678901234567890n],
  ['symbol', () => Symbol('desc')],
  ['symbol empty', () => Symbol()],
  ['symbol registered', () => Symbol.for('reg')],
  ['well-known symbol', () => Symbol.iterator],
  ['string', () => 'hello'],
  ['empty string', () => ''],
  ['string single quote', () => "it's"],
  ['string both quotes', () => 'a\'"b'],
  ['string all quotes', () => 'a\'"`b'],
  ['string template marker', () => 'a\'"${b}'],
  ['string escapes', () => 'tab\there\nnewline\r\x00\x1b\x7f\x9f\\'],
  ['string lone surrogate', () => 'a\ud800b\udc00c'],
  ['string emoji', () => 'smile 😀'],
  ['long string', () => 'x'.repeat(200)],
  ['long multiline string', () => 'first line of a long text\nsecond line is here\n'.repeat(4)],
  ['very long escaped', () => `'${'\n'.repeat(150)}`],
  ['empty array', () => []],
  ['array', () => [1, 'two', [3, [4, [5, [6]]]]]],
  ['sparse array', sparse],
  ['holes only', () => new Array(5)],
  ['array one hole', () => [, 1]],
  ['long array', () => longArray(150, (i) => i)],
  ['long string array', () => longArray(30, (i) => `item${i}`)],
  ['mixed array', () => longArray(26, (i) => (i % 3 ? i * 1000 : `s${i}`))],
  ['array of objects', () => longArray(5, (i) => ({ id: i, name: `n${i}` }))],
  ['array with symbol key', () => Object.assign([1, 2], { [Symbol('k')]: 'v' })],
  ['array subclass', () => new (class MyArray extends Array {})()],
  ['array subclass filled', () => { const C = class List extends Array {}; const l = new C(); l.push(1, 2); return l; }],
  ['empty object', () => ({})],
  ['object', () => ({ a: 1, b: 'two', c: [3], d: { e: { f: { g: 1 } } } })],
  ['quoted keys', () => ({ 'a-b': 1, '1x': 2, valid_id: 3, 'with space': 4, "it's": 5, __proto__x: 6, '': 7 })],
  ['proto key', () => JSON.parse('{"__proto__": 1}')],
  ['symbol keys', () => ({ [Symbol('x')]: 1, [Symbol()]: 2, [Symbol('new\nline')]: 3 })],
  ['getters', withGetters],
  ['null prototype', () => Object.create(null)],
  ['null prototype filled', () => Object.assign(Object.create(null), { a: 1 })],
  ['class instance', () => new Foo()],
  ['subclass instance', () => new Bar()],
  ['empty class instance', () => new A()],
  ['to-string-tag class', () => new Tagged()],
  ['own tag', () => ({ [Symbol.toStringTag]: 'Own', x: 1 })],
  ['inherited tag object', () => Object.create({ [Symbol.toStringTag]: 'Inherited' })],
  ['anonymous class instance', () => new (class {})()],
  ['object from anonymous proto', () => Object.create(Object.create(null))],
  ['deep nesting', () => ({ l1: { l2: { l3: { l4: { l5: 1 } } } } })],
  ['deep arrays', () => [[[[['deep']]]]]],
  ['circular', circular],
  ['two circles', twoCircles],
  ['map', () => new Map<unknown, unknown>([['a', 1], [{ k: 1 }, [1, 2]]])],
  ['empty map', () => new Map()],
  ['set', () => new Set([1, 'two', { three: 3 }])],
  ['empty set', () => new Set()],
  ['big set', () => new Set(longArray(120, (i) => i))],
  ['map with props', () => Object.assign(new Map([[1, 2]]), { extra: true })],
  ['null proto map', () => Object.setPrototypeOf(new Map([[1, 2]]), null)],
  ['map subclass', () => new (class MyMap extends Map<unknown, unknown> {})([[1, 2]])],
  ['weakmap', () => new WeakMap()],
  ['weakset', () => new WeakSet()],
  ['uint8array', () => new Uint8Array([1, 2, 3])],
  ['empty typed array', () => new Float64Array(0)],
  ['float32array', () => new Float32Array([1.5, -0, NaN])],
  ['bigint64array', () => new BigInt64Array([1n, -2n])],
  ['long typed array', () => new Int16Array(130).map((_, i) => i * 7)],
  ['typed array with prop', () => Object.assign(new Uint16Array(2), { tag: 'x' })],
  ['arraybuffer', () => new Uint8Array([1, 2, 255, 16]).buffer],
  ['empty arraybuffer', () => new ArrayBuffer(0)],
  ['long arraybuffer', () => new ArrayBuffer(120)],
  ['sharedarraybuffer', () => new SharedArrayBuffer(4)],
  ['dataview', () => new DataView(new ArrayBuffer(4), 1, 2)],
  ['date', () => dateValue],
  ['invalid date', () => new Date(NaN)],
  ['date with prop', () => Object.assign(new Date(0), { note: 'epoch' })],
  ['regexp', () => /ab+c/gi],
  ['regexp with prop', () => Object.assign(/x/, { prop: 1 })],
  ['named function', () => named],
  ['anonymous function', () => function () {}],
  ['arrow', () => arrow],
  ['async function', () => asyncFn],
  ['generator function', () => gen],
  ['async generator', () => asyncGen],
  ['async arrow', () => async () => {}],
  ['class', () => A],
  ['subclass', () => B],
  ['anonymous class', () => class {}],
  ['class extends null proto', () => class extends Object {}],
  ['function with props', () => Object.assign(function withProps() {}, { a: 1, b: [2] })],
  ['bound function', () => named.bind(null)],
  ['builtin function', () => Math.max],
  ['null proto function', () => Object.setPrototypeOf(function np() {}, null)],
  ['method', () => ({ m() {} }).m],
  ['boxed number', () => new Number(3)],
  ['boxed minus zero', () => new Number(-0)],
  ['boxed string', () => new String('x')],
  ['boxed string with prop', () => Object.assign(new String('ab'), { extra: 1 })],
  ['boxed boolean', () => new Boolean(false)],
  ['boxed bigint', () => Object(5n)],
  ['boxed symbol', () => Object(Symbol('s'))],
  ['error', () => new Error('plain')],
  ['type error', () => new TypeError('bad type')],
  ['error subclass', () => new MyError('mine')],
  ['named error subclass', () => new NamedError('named')],
  ['error with props', errorWithProps],
  ['error without stack', errorNoStack],
  ['error odd stack', errorOddStack],
  ['renamed error', errorRenamed],
  ['null proto error', nullProtoError],
  ['error with cause', () => new Error('outer', { cause: new Error('inner') })],
  ['error with primitive cause', () => new Error('outer', { cause: 'just text' })],
  ['aggregate error', () => new AggregateError([new Error('e1'), 'e2'], 'many')],
  ['error in object', () => ({ err: new RangeError('nested') })],
  ['empty message error', () => new Error('')],
  ['arguments', function () { return (function (..._args: unknown[]) { return arguments; })(1, 'a'); }],
  ['empty arguments', function () { return (function () { return arguments; })(); }],
  ['custom inspect', customInspected],
  ['custom inspect returning this', () => ({ [util.inspect.custom]() { return this; }, x: 1 })],
  ['map iterator empty', () => new Map().keys()],
  ['generator object', () => gen()],
  ['global Math', () => Math],
  ['JSON', () => JSON],
  ['object with many keys', () => Object.fromEntries(longArray(30, (i) => [`key${i}`, i]) as [string, unknown][])],
  ['wide nested', () => ({ a: [1, 2, 3], b: { c: [4, 5, { d: 6 }] }, e: 'a string value that is long enough' })],
  ['nested mixed', () => [{ a: [{ b: { c: {} } }] }, new Map([[{ x: 1 }, new Set([[1]])]])]],
  ['four levels short', () => ({ a: { b: { c: {} } } })],
  ['undefined values', () => ({ u: undefined, n: null, arr: [undefined, null] })],
  ['negative zero in array', () => [-0, 0, -0.0]],
  ['proxy of object', () => new Proxy({ a: 1 }, {})],
  ['proxy of array', () => new Proxy([1, 2], {})],
  ['object with long strings', () => ({ text: 'word '.repeat(30), other: 'short' })],
  ['array of long strings', () => ['a'.repeat(50), 'b'.repeat(50)]],
  ['nested long multiline', () => ({ nested: { text: 'line one that is fairly long\nline two that is also long\n' } })],
  ['array of short strings', () => ['a', 'bb', 'ccc', 'dddd', 'e', 'ff', 'ggg', 'hhhh', 'i', 'jj']],
  ['array of numbers', () => [1, 22, 333, 4444, 55555, 6, 77, 888, 9999, 10]],
  ['array of bigints', () => longArray(12, (i) => BigInt(i) ** 5n)],
  ['array with undefined', () => longArray(10, (i) => (i % 2 ? undefined : i))],
  ['array of arrays', () => longArray(8, (i) => [i, i + 1])],
  ['array nested in object', () => ({ list: longArray(40, (i) => i * 3) })],
  ['unicode keys', () => ({ 'ключ': 1, 'ü': 2 })],
  ['other realm values', () => vm.runInNewContext(`({ m: new Map([[1, {}]]), d: new Date(0), r: /x/y, s: new Set([1]),
    n: new Number(2), ab: new ArrayBuffer(2), u: new Uint8Array(2), o: { nested: [1] }, c: class K {}, f() {} })`)],
  ['reparented values', () => [Object.setPrototypeOf(new Date(0), null), Object.setPrototypeOf(/re/, null),
    Object.setPrototypeOf(new Set([1]), null), Object.setPrototypeOf(new String('s'), null)]],
  ['fake builtins', () => [Object.create(Map.prototype), Object.create(Date.prototype), Object.create(Set.prototype)]],
  ['null prototype kinds', () => ({ a: [[1], new Map([[1, 2]]), new Uint8Array(2), new ArrayBuffer(2),
    new DataView(new ArrayBuffer(1)), new WeakMap(), new Number(3), { x: 1 }, new Set([1])]
    .map((v) => Object.setPrototypeOf(v, null)) })],
  ['prototypes', () => [Map.prototype, Date.prototype, Object.prototype, Array.prototype, Function.prototype]],
];

const optionSets: [string, Record<string, unknown>][] = [
  ['default', {}],
  ['depth 0', { depth: 0 }],
  ['depth null', { depth: null }],
  ['depth Infinity', { depth: Infinity }],
  ['showHidden', { showHidden: true }],
  ['colors', { colors: true }],
  ['compact false', { compact: false }],
  ['compact true', { compact: true }],
  ['compact 1', { compact: 1 }],
  ['breakLength 40', { breakLength: 40 }],
  ['breakLength Infinity', { breakLength: Infinity }],
  ['sorted', { sorted: true }],
  ['maxArrayLength 2', { maxArrayLength: 2 }],
  ['maxArrayLength 0', { maxArrayLength: 0 }],
  ['maxStringLength 4', { maxStringLength: 4 }],
  ['numericSeparator', { numericSeparator: true }],
  ['getters', { getters: true }],
  ['getters get', { getters: 'get' }],
  ['customInspect false', { customInspect: false }],
];

// Node reads weak collections' entries from the engine; plain JavaScript cannot, so these stay unknown.
const knownDifferent = new Set<string>(['weakmap:showHidden', 'weakset:showHidden', 'null prototype kinds:showHidden']);

for (const [optName, opts] of optionSets) {
  test(`[util inspect] matches node for ${values.length} values with options ${optName}`, () => {
    const mismatches: string[] = [];
    for (const [name, make] of values) {
      if (knownDifferent.has(`${name}:${optName}`)) continue;
      const value = make();
      const expected = util.inspect(value, opts);
      const actual = inspect(value, opts);
      if (actual !== expected) mismatches.push(`${name}\n  node: ${JSON.stringify(expected)}\n  ours: ${JSON.stringify(actual)}`);
    }
    assert.equal(mismatches.join('\n'), '');
  });
}

test('[util inspect] promise is shown pending (its state is unreadable from JavaScript)', () => {
  const pending = new Promise(() => {});
  assert.equal(inspect(pending), util.inspect(pending));
  assert.equal(inspect(Promise.resolve(1)).startsWith('Promise {'), true);
});

test('[util inspect] legacy signature (value, showHidden, depth, colors)', () => {
  const value = { a: { b: { c: { d: 1 } } }, arr: [1] };
  assert.equal((inspect as any)(value, false, 0, false), (util.inspect as any)(value, false, 0, false));
  assert.equal((inspect as any)(value, true, null, true), (util.inspect as any)(value, true, null, true));
  assert.equal(inspect(value, true), util.inspect(value, true));
});

test('[util inspect] custom inspect receives depth, options and inspect', () => {
  let seen: unknown[] = [];
  const value = {
    inner: {
      [Symbol.for('nodejs.util.inspect.custom')](depth: number, options: Record<string, unknown>, fn: unknown) {
        seen = [depth, options.depth, options.breakLength, fn === inspect, options.custom];
        return { shown: depth };
      },
    },
  };
  assert.equal(inspect(value, { depth: 4, custom: 'passed' } as any), '{ inner: { shown: 3 } }');
  assert.deepEqual(seen, [3, 4, 80, true, 'passed']);
});

test('[util inspect] custom inspect strings are indented with the output', () => {
  const value = { a: { b: { [util.inspect.custom]: () => 'x\ny' } } };
  assert.equal(inspect(value), util.inspect(value));
});

test('[util inspect] sorted with a comparator', () => {
  const value = { b: 1, a: 2, c: 3 };
  const cmp = (x: string, y: string) => (x < y ? 1 : -1);
  assert.equal(inspect(value, { sorted: cmp }), util.inspect(value, { sorted: cmp }));
});

test('[util inspect] globalThis-like object with its own tag', () => {
  const fakeGlobal = { [Symbol.toStringTag]: 'global' };
  Object.defineProperty(fakeGlobal, Symbol.toStringTag, { enumerable: false });
  assert.equal(inspect(fakeGlobal), 'Object [global] {}');
});

test('[util inspect] symbols, constants and inspect.custom', () => {
  assert.equal(inspect.custom, Symbol.for('nodejs.util.inspect.custom'));
  assert.deepEqual({ ...inspect.styles }, { ...util.inspect.styles });
  assert.deepEqual({ ...inspect.colors }, { ...util.inspect.colors });
  for (const alias of ['grey', 'blackBright', 'bgGrey', 'faint', 'crossedOut', 'swapColors', 'doubleUnderline']) {
    assert.deepEqual(inspect.colors[alias], (util.inspect.colors as any)[alias], alias);
  }
});

test('[util inspect] defaultOptions is settable and validated', () => {
  assert.deepEqual({ ...inspect.defaultOptions }, { ...util.inspect.defaultOptions });
  const saved = { ...inspect.defaultOptions };
  try {
    inspect.defaultOptions = { ...saved, depth: 0 } as any;
    assert.equal(inspect({ a: { b: 1 } }), '{ a: [Object] }');
  } finally {
    inspect.defaultOptions = saved as any;
  }
  assert.equal(inspect({ a: { b: 1 } }), '{ a: { b: 1 } }');
  let ours: any;
  let theirs: any;
  try { inspect.defaultOptions = 5 as any; } catch (err) { ours = err; }
  try { util.inspect.defaultOptions = 5 as any; } catch (err) { theirs = err; }
  assert.equal(ours.code, theirs.code);
  assert.equal(ours.message, theirs.message);
});

test('[util inspect] stack overflow in deep structures is reported, not thrown', () => {
  let deep: Record<string, unknown> = {};
  const root = deep;
  for (let i = 0; i < 20000; i++) {
    deep.next = {};
    deep = deep.next as Record<string, unknown>;
  }
  const out = inspect(root, { depth: Infinity });
  assert.match(out, /Inspection interrupted prematurely|next/);
});

test('[util isError] recognises errors and subclasses only', () => {
  assert.equal(isError(new Error('x')), true);
  assert.equal(isError(new MyError('x')), true);
  assert.equal(isError({ name: 'Error', message: 'x' }), false);
  assert.equal(isError(Object.create(Error.prototype)), true);
});

test('[util stripVTControlCharacters] removes ANSI sequences', () => {
  for (const s of ['\u001b[31mred\u001b[39m', 'plain', '\u001b[1;4mboth\u001b[0m', '\u001b]8;;http://x\u0007link\u001b]8;;\u0007']) {
    assert.equal(stripVTControlCharacters(s), util.stripVTControlCharacters(s));
  }
  assert.throws(() => stripVTControlCharacters(5 as any), { code: 'ERR_INVALID_ARG_TYPE' });
});

const circ: Record<string, unknown> = { a: 1 };
circ.self = circ;

const formatCases: unknown[][] = [
  ['plain'],
  ['%s', 'str'],
  ['%s', 42],
  ['%s', -0],
  ['%s', 12345678n],
  ['%s', Symbol('sym')],
  ['%s', null],
  ['%s', undefined],
  ['%s', { a: { b: { c: 1 } } }],
  ['%s', [1, [2, [3]]]],
  ['%s', new WithToString()],
  ['%s', new Foo()],
  ['%s', new Error('err in %s')],
  ['%s', dateValue],
  ['%s', () => 1],
  ['%s', Object.create(null)],
  ['%d', '42'],
  ['%d', 42.5],
  ['%d', -0],
  ['%d', 10n],
  ['%d', Symbol('x')],
  ['%d', {}],
  ['%d', '0x10'],
  ['%i', '42.9abc'],
  ['%i', 10n],
  ['%i', Symbol('x')],
  ['%i', -0.5],
  ['%f', '1.5e3xyz'],
  ['%f', Symbol('x')],
  ['%f', 'abc'],
  ['%j', { a: [1, 'b'] }],
  ['%j', circ],
  ['%j', undefined],
  ['%j', 'str'],
  ['%o', { a: [1, 2], f() {} }],
  ['%o', [1, 2, 3]],
  ['%O', { a: { b: { c: { d: 1 } } } }],
  ['%c', 'color: red'],
  ['a %c b', 'css', 'after'],
  ['100%'],
  ['100%%', 1],
  ['%%s %s', 'x'],
  ['%s %s', 'only one'],
  ['%x %s', 'y'],
  ['%s', 'a', 'extra', 3, { o: 1 }],
  ['no placeholders', 1, 'two', [3]],
  [1, 2, 3],
  [{ a: 1 }, 'b'],
  [],
  ['%s:%s', 'a'],
  ['%', 1],
  ['%s%', 1],
  [Symbol('first'), 'x'],
  ['%d %i %f', 1234567, 1234567.5, 1234567.125],
];

test(`[util format] matches node for ${formatCases.length} argument lists`, () => {
  for (const args of formatCases) {
    assert.equal(format(...args), util.format(...args), inspect(args));
  }
});

test('[util formatWithOptions] applies options and validates them', () => {
  const rows: [Record<string, unknown>, unknown[]][] = [
    [{ colors: true }, ['%s %O', 'x', { a: 1 }]],
    [{ numericSeparator: true }, ['%d %i %f %s', 1234567, 1234567.5, 1234.5678, 98765]],
    [{ depth: 0 }, [{ a: { b: 1 } }, '%O']],
    [{ compact: false }, ['%o', { a: 1 }]],
    [[] as unknown as Record<string, unknown>, ['%s', 'array options']],
  ];
  for (const [opts, args] of rows) {
    assert.equal(formatWithOptions(opts, ...args), util.formatWithOptions(opts, ...args));
  }
  for (const bad of [5, null, 'x', undefined]) {
    let ours: any;
    let theirs: any;
    try { formatWithOptions(bad as any, 'x'); } catch (err) { ours = err; }
    try { util.formatWithOptions(bad as any, 'x'); } catch (err) { theirs = err; }
    assert.equal(ours?.code, theirs?.code);
    assert.equal(ours?.message, theirs?.message);
  }
});
