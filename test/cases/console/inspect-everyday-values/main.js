class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Empty {}
const values = [
  1, -0, 1.5, NaN, Infinity, 10n, 'str', "it's", true, null, undefined,
  Symbol('desc'), Symbol(), Symbol.iterator,
  [], [1, 'a', [2, [3, [4, [5]]]]], new Array(5), [1, , 3],
  {}, { a: 1, 'b-c': 2, [Symbol('k')]: 3 }, { nested: { deeper: { deepest: { gone: 1 } } } },
  new Map([['a', 1], [{ k: 1 }, [2]]]), new Set([1, 'two', [3]]), new Map(), new Set(),
  new Point(1, 2), new Empty(), Object.create(null),
  function named() {}, () => {}, class Foo {}, async function af() {}, function* gen() {},
  new Date(0), /re+gex/gi, new WeakMap(), Promise.resolve(5), Promise.reject(new Error('x')).catch(() => {}) && 'skip',
  Buffer.from('hi there'), new Uint8Array([1, 2, 3]), new ArrayBuffer(4), [new Float64Array(2)],
  new Boolean(false), new Number(3), new String('boxed'),
  { get g() { return 1; }, set s(v) {} },
  Array.from({ length: 120 }, (_, i) => i),
  'x'.repeat(30), ['a'.repeat(20), 'b'.repeat(20), 'c'.repeat(20), 'd'.repeat(20)],
];
for (const v of values) console.log(v);
console.log(values.slice(0, 14));
