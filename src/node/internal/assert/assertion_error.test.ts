// Unit tests for src/node/internal/assert/assertion_error.ts: the messages (diffs included) compared
// with the host's real AssertionError for a table of operators and values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AssertionError as HostAssertionError } from 'node:assert';
import { AssertionError } from './assertion_error.js';
import { callExpressionAt } from './source.js';

const big = Array.from({ length: 80 }, (_, i) => i);
const bigChanged = big.map((n) => (n === 40 ? -1 : n));
const deep = { a: { b: { c: { d: [1, 2, { e: 'x' }] } } }, f: new Map([[1, 2]]), g: new Set(['s']) };
const deepChanged = { a: { b: { c: { d: [1, 2, { e: 'y' }] } } }, f: new Map([[1, 2]]), g: new Set(['s']) };
const lines = (n: number, changeAt = -1): Record<string, number> =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i === changeAt ? -i : i]));

const pairs: [unknown, unknown][] = [
  [1, 2], [1, '1'], [0, -0], [-0, 0], [NaN, 0], [true, false], [null, undefined], [1n, 2n],
  ['a', 'b'], ['hello world', 'hello there'], ['abc', 'abd'], ['a\nb', 'a\nc'], ['x'.repeat(40), 'x'.repeat(39) + 'y'],
  ['line1\nline2\nline3', 'line1\nline2\nline4'], ['a'.repeat(100), 'b'.repeat(100)],
  [{ a: 1 }, { a: 2 }], [{ a: 1 }, { a: 1 }], [{ a: 1, b: [1, 2] }, { a: 2, b: [1, 3] }], [[1, 2, 3], [1, 2, 4]],
  [[1, 2, 3], [1, 2]], [[1, 2], [1, 2, 3]], [{}, []], [{ a: 1 }, null], [undefined, { a: 1 }],
  [big, bigChanged], [big, big.slice(0, 70)], [deep, deepChanged], [lines(20, 10), lines(20)], [lines(20, 2), lines(20, 17)],
  [lines(3), lines(12)], [lines(12, 0), lines(12, 11)], [[1, [2, [3, [4]]]], [1, [2, [3, [5]]]]],
  [new Date(0), new Date(1)], [/a/g, /a/i], [Symbol('s'), Symbol('s')],
  [{ a: Symbol() }, { a: Symbol() }], [() => 1, () => 1], [[1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 5, 6, 7, 9]],
  [{ x: 'a'.repeat(30), y: 1 }, { x: 'a'.repeat(30), y: 2 }], [new Map([[1, { a: 1 }]]), new Map([[1, { a: 2 }]])],
  [[{ a: 1, b: 2 }, { c: 3 }], [{ a: 1, b: 2 }, { c: 4 }]], [Array(120).fill(0), Array(120).fill(1)],
];

const operators = [
  'strictEqual', 'deepStrictEqual', 'notStrictEqual', 'notDeepStrictEqual', 'deepEqual', 'notDeepEqual', '==', '!=', 'fail',
  undefined,
];

test('[assert AssertionError] generated messages equal the host\'s', () => {
  const diffs: string[] = [];
  let count = 0;
  for (const operator of operators) {
    for (const [actual, expected] of pairs) {
      for (const message of [undefined, 'custom']) {
        const options = { actual, expected, operator, message } as Record<string, unknown>;
        const ours = new AssertionError(options);
        const theirs = new HostAssertionError(options as ConstructorParameters<typeof HostAssertionError>[0]);
        count++;
        if (ours.message !== theirs.message || ours.generatedMessage !== theirs.generatedMessage) {
          diffs.push(`${String(operator)} ${String(message)}\n--- ours\n${ours.message}\n--- host\n${theirs.message}`);
        }
      }
    }
  }
  assert.ok(count > 800);
  assert.deepEqual(diffs.slice(0, 5), []);
});

test('[assert AssertionError] fields, name and toString', () => {
  const err = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
  assert.deepEqual(Object.keys(err), ['generatedMessage', 'code', 'actual', 'expected', 'operator']);
  assert.equal(err.name, 'AssertionError');
  assert.equal(err.code, 'ERR_ASSERTION');
  assert.equal(String(err), 'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n');
  assert.ok((err.stack as string).startsWith('AssertionError [ERR_ASSERTION]: Expected'));
});

test('[assert AssertionError] options must be an object', () => {
  assert.throws(() => new AssertionError(undefined as never), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('[assert ok] the failing call is cut out of its source', () => {
  const rows: [string, number, string | undefined][] = [
    ['assert(false);', 0, 'assert(false)'],
    ['t(() => assert.ok(0));', 15, 'assert.ok(0)'],
    ['  assert.strict.ok(x, "a)")', 16, 'assert.strict.ok(x, "a)")'],
    ['assert  (typeof 1 === \'string\');', 0, 'assert  (typeof 1 === \'string\')'],
    ['  assert(\n    [1, 2].includes(3) &&\n      true\n  );', 2, 'assert(\n    [1, 2].includes(3) &&\n      true\n  )'],
    ['x =   assert.ok(\n  1 === 2,\n  undefined\n);', 13, 'assert.ok(\n  1 === 2,\n  undefined\n  )'],
    ['assert', 0, undefined],
  ];
  for (const [code, offset, expected] of rows) assert.equal(callExpressionAt(code, offset), expected);
});
