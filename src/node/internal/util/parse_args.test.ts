import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as util from 'node:util';
import { parseArgs, configureMainArgs, type ParseArgsConfig } from './parse_args.js';

function outcome(run: () => unknown): unknown {
  try {
    return { ok: run() };
  } catch (err) {
    const e = err as Error & { code?: string };
    return { name: e.name, code: e.code, message: e.message, isType: e instanceof TypeError };
  }
}

const bool = { type: 'boolean' } as const;
const str = { type: 'string' } as const;
const cases: [string, unknown][] = [
  ['long string missing value', { args: ['--foo'], options: { foo: { type: 'string', short: 'f' } } }],
  ['long string ambiguous', { args: ['--foo', '--bar'], options: { foo: { type: 'string', short: 'f' }, bar: bool } }],
  ['short string ambiguous', { args: ['-f', '-b'], options: { foo: { type: 'string', short: 'f' }, bar: { type: 'boolean', short: 'b' } } }],
  ['boolean with value', { args: ['--bar=1'], options: { bar: bool } }],
  ['unknown long', { args: ['--zz'], options: {} }],
  ['unknown short', { args: ['-z'], options: {} }],
  ['unknown with positionals', { args: ['--zz'], options: {}, allowPositionals: true }],
  ['unexpected positional', { args: ['x'], options: {} }],
  ['non-strict positional', { args: ['x'], options: {}, strict: false }],
  ['non-strict tokens', { args: ['-abc', '--no-x', '--', '-d'], options: { a: { type: 'boolean', short: 'a' } }, strict: false, tokens: true }],
  ['group ending in string', { args: ['-ab'], options: { a: { type: 'boolean', short: 'a' }, b: { type: 'string', short: 'b' } } }],
  ['group with inline string', { args: ['-ba', 'x'], options: { a: { type: 'boolean', short: 'a' }, b: { type: 'string', short: 'b' } }, allowPositionals: true, tokens: true }],
  ['group boolean then string rest', { args: ['-abVALUE'], options: { a: { type: 'boolean', short: 'a' }, b: { type: 'string', short: 'b' } }, tokens: true }],
  ['negative number positional', { args: ['-5'], options: {}, allowPositionals: true }],
  ['negative number after terminator', { args: ['--', '-5'], options: {}, allowPositionals: true, tokens: true }],
  ['negative value long', { args: ['--x', '-5'], options: { x: str } }],
  ['negative value short', { args: ['-x', '-5'], options: { x: { type: 'string', short: 'x' } } }],
  ['negative inline', { args: ['--x=-5', '-x-6'], options: { x: { type: 'string', short: 'x', multiple: true } }, tokens: true }],
  ['short missing value', { args: ['-x'], options: { x: { type: 'string', short: 'x' } } }],
  ['default wrong type', { args: [], options: { x: { type: 'string', default: 5 } } }],
  ['default not array', { args: [], options: { x: { type: 'string', default: 'a', multiple: true } } }],
  ['default element type', { args: [], options: { x: { type: 'boolean', default: ['a'], multiple: true } } }],
  ['default used', { args: [], options: { x: { type: 'boolean', default: [true], multiple: true }, y: { type: 'string', default: 'd' } } }],
  ['default not merged', { args: ['--x'], options: { x: { type: 'boolean', default: [false], multiple: true } } }],
  ['bad type', { args: [], options: { x: { type: 'nope' } } }],
  ['long short', { args: [], options: { x: { type: 'string', short: 'xy' } } }],
  ['short not string', { args: [], options: { x: { type: 'string', short: 5 } } }],
  ['option not object', { args: [], options: { x: 5 } }],
  ['multiple not boolean', { args: [], options: { x: { type: 'string', multiple: 5 } } }],
  ['args not array', { args: 5 }],
  ['options not object', { args: [], options: 5 }],
  ['strict not boolean', { args: [], strict: 5 }],
  ['tokens not boolean', { args: [], tokens: 5 }],
  ['allowPositionals not boolean', { args: [], allowPositionals: 5 }],
  ['validation order', { args: 5, options: 5, strict: 5 }],
  ['validation order 2', { args: [], options: 5, strict: 5, tokens: 5, allowPositionals: 5, allowNegative: 5 }],
  ['validation order 3', { args: [], tokens: 5, allowNegative: 5 }],
  ['allowNegative', { args: ['--no-x'], options: { x: bool }, allowNegative: true }],
  ['allowNegative non-strict', { args: ['--no-x', '--no-y=1'], strict: false, allowNegative: true }],
  ['allowNegative on string', { args: ['--no-x'], options: { x: str }, allowNegative: true }],
  ['allowNegative with value', { args: ['--no-x=1'], options: { x: bool }, allowNegative: true }],
  ['allowNegative multiple', { args: ['--x', '--no-x'], options: { x: { type: 'boolean', multiple: true } }, allowNegative: true }],
  ['no-x without allowNegative', { args: ['--no-x'], strict: false }],
  ['mixed tokens', { args: ['a', '--x=1', '-xy', '--', 'b'], options: { x: { type: 'string', short: 'x' } }, allowPositionals: true, tokens: true }],
  ['unknown group non-strict', { args: ['-xy'], options: { x: { type: 'boolean', short: 'x' } }, strict: false, tokens: true }],
  ['equals in value', { args: ['--a=b=c', '--a'], options: { a: { type: 'string', multiple: true } }, strict: false }],
  ['short with equals', { args: ['-f=x'], options: { foo: { type: 'string', short: 'f' } } }],
  ['dash as value', { args: ['--foo', '-'], options: { foo: str } }],
  ['lone dash', { args: ['-'], options: {}, allowPositionals: true, tokens: true }],
  ['__proto__', { args: ['--__proto__', 'x'], options: {}, strict: false }],
  ['non-string arg', { args: [5], options: {} }],
  ['boolean default false', { args: ['-b'], options: { b: { type: 'boolean', short: 'b', default: false } }, tokens: true }],
  ['repeated non-multiple', { args: ['--s', 'a', '--s', 'b'], options: { s: str } }],
  ['empty inline value', { args: ['--s='], options: { s: str }, tokens: true }],
  ['string consumes terminator', { args: ['--s', '--'], options: { s: str } }],
  ['long =', { args: ['--=x'], strict: false, tokens: true }],
  ['null config', null],
  ['number config', 5],
];

for (const [name, config] of cases) {
  test(`[util parseArgs] ${name}`, () => {
    const mine = outcome(() => parseArgs(config as ParseArgsConfig));
    const host = outcome(() => util.parseArgs(config as any));
    assert.deepEqual(mine, host);
  });
}

test('[util parseArgs] main args come from the configured provider', () => {
  configureMainArgs(() => ['--v']);
  try {
    assert.deepEqual(parseArgs({ options: { v: bool } }).values, Object.assign(Object.create(null), { v: true }));
  } finally {
    configureMainArgs(() => []);
  }
});
