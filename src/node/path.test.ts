// Unit tests for src/node/path.ts: differential tables against the host's real `node:path`
// (posix and win32), plus argument errors and the module's export surface.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as hostPath from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import pathDefault, * as ours from './path.js';
import { configurePathHost, posix, win32 } from './path.js';

configurePathHost({ cwd: () => process.cwd(), env: () => process.env });

type Outcome = { ok: true; value: unknown } | { ok: false; name: string; code: unknown; message: string };

function run(fn: () => unknown): Outcome {
  try {
    return { ok: true, value: fn() };
  } catch (err) {
    const e = err as { name: string; code?: unknown; message: string };
    return { ok: false, name: e.name, code: e.code, message: e.message };
  }
}

/** Runs every case on both implementations; fails listing the first differences. */
function compareAll(label: string, cases: unknown[][], ourFn: Function, hostFn: Function, minCases = 1): void {
  const diffs: string[] = [];
  for (const args of cases) {
    const mine = run(() => ourFn(...args));
    const theirs = run(() => hostFn(...args));
    try {
      assert.deepStrictEqual(mine, theirs);
    } catch {
      if (diffs.length < 15) diffs.push(`${label}(${args.map((a) => JSON.stringify(a)).join(', ')}): ours ${JSON.stringify(mine)} node ${JSON.stringify(theirs)}`);
    }
  }
  assert.ok(cases.length >= minCases, `${label}: only ${cases.length} cases`);
  assert.deepStrictEqual(diffs, []);
}

const posixInputs = [
  '', '.', '..', '...', '/', '//', '///', './', '../', './/', '/.', '/..', '/../', '//..', '/./',
  'a', 'a/', 'a//', '/a', '//a', '///a', 'a/b', 'a//b', 'a/./b', 'a/../b', 'a/b/..', 'a/b/../..',
  'a/b/../../..', '../a', '../../a/b', './a', '.a', '..a', 'a.', 'a..', '.a.b', 'a.b.c', 'a.b/',
  'a.b//', '/a.b', '/a/.b', '/a/b.c/', 'dir/file.txt', '/dir/file.tar.gz', '/.hidden', '/..hidden',
  '.../x', 'x/...', '/foo/bar/baz/asdf/quux/..', '/foo//bar/../baz/', 'foo/bar\\baz', 'C:\\a',
  '\\\\server\\share', ' ', ' a ', 'a b/c', 'ü/é.ñ', '/a/b/c/', '/a/b/c//', 'a/./', 'a/.',
  '/..a', '/a..', '//a/b', 'a/b/c/../../../../', '/x/y/../../..', 'file.', '.file.', '..file..',
];

const win32Inputs = [
  ...posixInputs,
  'C:', 'c:', 'C:\\', 'C:/', 'C:\\\\', 'C:a', 'C:a\\b', 'C:..', 'C:.', 'C:\\..', 'C:\\..\\..', 'C:/a/b',
  'C:\\a\\..\\..', 'c:/x/./y/', 'D:\\x', 'd:x', 'C:\\a.b', 'C:a.b', 'C:.a', 'C:\\.a', 'C:\\a\\b.c\\',
  '\\', '\\\\', '\\\\\\', '\\a', '\\\\a', '\\\\a\\', '\\\\a\\b', '\\\\a\\b\\', '\\\\a\\b\\c', '\\\\a\\b\\c\\..',
  '\\\\a\\b\\..\\..', '//server/share', '//server/share/', '//server/share/dir/f.txt', '\\\\server\\\\share\\x',
  '\\\\\\server\\share', '/\\a\\b', '\\/a/b/c', '\\\\?\\C:\\a', '\\\\?\\C:\\', '\\\\?\\C:', '\\\\?\\c:\\a\\..\\..',
  '\\\\?\\UNC\\s\\sh\\x', '\\\\.\\pipe\\x', '\\\\.\\C:\\a', '\\\\?', '\\\\?\\', '\\\\?\\\\x', '\\\\.', '//./c:/',
  'a\\b', 'a\\\\b', 'a\\.\\b', 'a\\..\\b', '..\\a', '.\\a', 'a\\', 'a\\b\\', 'a:', 'ab:', 'ab:c', 'x/a:', 'a/b:/c',
  '1:', '1:\\x', '::', ':', ':a', 'con', 'con:', 'CON:x', 'aux:/..', 'com1:', 'COM²:x', 'lpt1:a/b', 'nul:..',
  'x/../c:', 'x/../c:y', 'conin$:x', 'C:con:', 'prn:c:', 'file.txt:stream', 'C:\\file.txt:stream',
];

const seg = (s: string) => s;
const pairSamples = (inputs: string[]) => inputs.filter((_, i) => i % 2 === 0).map(seg);

/** Deterministic pseudo-random generator, so a failure reproduces. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const tokens = ['/', '/', '\\', '\\', '.', '.', '..', 'a', 'b', 'C', 'c:', 'C:', ':', '?', 'x.y', 'con', 'Aux', 'com1', 'lpt¹', ' ', 'é'];
function randomPaths(seed: number, count: number): string[] {
  const rand = prng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = Math.floor(rand() * 8);
    let s = '';
    for (let j = 0; j < n; j++) s += tokens[Math.floor(rand() * tokens.length)];
    out.push(s);
  }
  return out;
}

const fuzz = randomPaths(20, 3000);

const impls = [
  { name: 'posix', mine: posix, host: hostPath.posix, inputs: posixInputs },
  { name: 'win32', mine: win32, host: hostPath.win32, inputs: win32Inputs },
] as const;

const unary = ['normalize', 'isAbsolute', 'toNamespacedPath', 'dirname', 'basename', 'extname', 'parse', 'resolve', 'join', '_makeLong'] as const;

for (const { name, mine, host, inputs } of impls) {
  for (const fn of unary) {
    test(`[path ${name}.${fn}] matches node on the tricky inputs`, () => {
      compareAll(`${name}.${fn}`, inputs.map((s) => [s]), (mine as any)[fn], (host as any)[fn], inputs.length);
    });
    test(`[path ${name}.${fn}] matches node on generated inputs`, () => {
      compareAll(`${name}.${fn}`, fuzz.map((s) => [s]), (mine as any)[fn], (host as any)[fn], 3000);
    });
  }

  for (const fn of ['join', 'relative', 'resolve'] as const) {
    test(`[path ${name}.${fn}] matches node on every pair of tricky inputs`, () => {
      const cases: string[][] = [];
      for (const a of inputs) for (const b of inputs) cases.push([a, b]);
      compareAll(`${name}.${fn}`, cases, mine[fn], host[fn], inputs.length ** 2);
    });
    test(`[path ${name}.${fn}] matches node on generated pairs`, () => {
      const cases: string[][] = [];
      for (let i = 0; i + 1 < fuzz.length; i += 2) cases.push([fuzz[i], fuzz[i + 1]]);
      compareAll(`${name}.${fn}`, cases, mine[fn], host[fn], 1500);
    });
  }

  test(`[path ${name}.join] and resolve match node on triples`, () => {
    const sample = pairSamples(inputs).slice(0, 30);
    const cases: string[][] = [];
    for (const a of sample) for (const b of sample) for (const c of sample) cases.push([a, b, c]);
    compareAll(`${name}.join`, cases, mine.join, host.join, 20000);
    compareAll(`${name}.resolve`, cases, mine.resolve, host.resolve, 20000);
  });

  test(`[path ${name}.join] and resolve match node with no arguments and with many`, () => {
    compareAll(`${name}.join`, [[], ['a', 'b', 'c', 'd', '..', 'e/'], ['', '', ''], ['/', '/', '/']], mine.join, host.join);
    compareAll(`${name}.resolve`, [[], ['a', 'b', 'c', 'd', '..', 'e/'], ['', '', ''], ['/', '/', '/']], mine.resolve, host.resolve);
  });

  test(`[path ${name}.basename] matches node with every suffix`, () => {
    const suffixes = ['', '.', '..', 'a', '.b', 'b', 'a.b', '/', '\\', 'x.y', '.txt', 'txt', 'c:', 'file.txt', 'a/', 'b/', 'ab', 'aaa'];
    const paths = [...inputs, 'aaa', '/aaa', 'aaa/', 'file.txt', '/dir/file.txt', 'file.txt/', 'a.b.b', 'ab', '/ab/', '//', 'x.y.x.y'];
    const cases: string[][] = [];
    for (const p of paths) for (const s of suffixes) cases.push([p, s]);
    for (let i = 0; i + 1 < fuzz.length; i += 2) cases.push([fuzz[i], fuzz[i + 1]]);
    compareAll(`${name}.basename`, cases, mine.basename, host.basename, 2500);
  });

  test(`[path ${name}.format] matches node on path objects`, () => {
    const fields = [undefined, '', '/', '\\', 'C:\\', 'dir', '/dir', '.txt', 'txt', 'name', 'base.js'];
    const cases: unknown[][] = [];
    for (const root of fields) for (const dir of fields) for (const base of [undefined, '', 'b.x']) {
      for (const name of [undefined, 'n']) for (const ext of [undefined, '', '.e', 'e', 5]) {
        cases.push([{ root, dir, base, name, ext }]);
      }
    }
    compareAll(`${name}.format`, cases, mine.format, host.format, 3000);
  });

  test(`[path ${name}.format] inverts parse as node does`, () => {
    compareAll(`${name}.format`, inputs.map((s) => [host.parse(s)]), mine.format, host.format);
  });

  test(`[path ${name}] has node's separators and cross references`, () => {
    assert.equal(mine.sep, host.sep);
    assert.equal(mine.delimiter, host.delimiter);
    assert.equal(mine.posix, posix);
    assert.equal(mine.win32, win32);
    assert.equal(mine._makeLong, mine.toNamespacedPath);
  });

  test(`[path ${name}] exposes node's members in node's order, except matchesGlob`, () => {
    assert.deepEqual(Object.keys(mine), Object.keys(host).filter((k) => k !== 'matchesGlob'));
    for (const key of Object.keys(mine)) {
      const value = (host as any)[key];
      if (typeof value === 'function') assert.equal((mine as any)[key].length, value.length, key);
    }
  });
}

const badValues: unknown[] = [undefined, null, 1, true, {}, [], Symbol('s'), 10n, () => {}, new Date(0)];

for (const { name, mine, host } of impls) {
  test(`[path ${name}] rejects non-string arguments with node's errors`, () => {
    const cases: [string, unknown[]][] = [];
    for (const bad of badValues) {
      for (const fn of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse', 'join', 'resolve']) cases.push([fn, [bad]]);
      cases.push(['basename', ['a', bad]], ['basename', [bad, bad]], ['relative', [bad, 'a']], ['relative', ['a', bad]]);
      cases.push(['join', ['a', bad, 'b']], ['resolve', [bad, '/a']], ['resolve', ['/a', bad]], ['resolve', ['a', bad, 'b']]);
      cases.push(['toNamespacedPath', [bad]], ['format', [bad]]);
    }
    const diffs: string[] = [];
    for (const [fn, args] of cases) {
      const mineOut = run(() => (mine as any)[fn](...args));
      const hostOut = run(() => (host as any)[fn](...args));
      try {
        assert.deepStrictEqual(mineOut, hostOut);
      } catch {
        diffs.push(`${fn}(${args.map(String).join(', ')}): ours ${JSON.stringify(mineOut)} node ${JSON.stringify(hostOut)}`);
      }
    }
    assert.deepStrictEqual(diffs, []);
  });
}

test('[path posix.join] names the argument and the received value without inspect', () => {
  assert.throws(() => posix.join('a', undefined as unknown as string), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "path" argument must be of type string. Received undefined',
  });
  assert.throws(() => posix.normalize({} as unknown as string), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "path" argument must be of type string. Received an instance of Object',
  });
  assert.throws(() => posix.relative('a', null as unknown as string), {
    message: 'The "to" argument must be of type string. Received null',
  });
  assert.throws(() => posix.format(null as unknown as object), {
    message: 'The "pathObject" argument must be of type object. Received null',
  });
});

test('[path posix.resolve] names the failing argument by its index', () => {
  assert.throws(() => posix.resolve('a', null as unknown as string), {
    message: 'The "paths[1]" argument must be of type string. Received null',
  });
  assert.throws(() => win32.resolve(undefined as unknown as string, 'b'), {
    message: 'The "paths[0]" argument must be of type string. Received undefined',
  });
  assert.equal(posix.resolve(null as unknown as string, '/a'), '/a');
});

test('[path basename] validates the suffix before the path', () => {
  assert.throws(() => posix.basename(undefined as unknown as string, null as unknown as string), {
    message: 'The "suffix" argument must be of type string. Received null',
  });
});

test('[path] default export is posix and named exports are its members', () => {
  assert.equal(pathDefault, posix);
  for (const key of ['resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath', 'dirname',
    'basename', 'extname', 'format', 'parse', 'sep', 'delimiter', '_makeLong'] as const) {
    assert.equal(ours[key], posix[key], key);
  }
});

test('[path resolve] uses the configured cwd and drive variables as node uses its own', () => {
  // Linux cannot hold '=X:' variables, so node is given the same fake cwd and env for a moment.
  const realCwd = process.cwd;
  const realEnv = process.env;
  const hosts: [string, Record<string, string | undefined>][] = [
    ['/home/u', {}], ['/home/u', { '=D:': 'D:\\work' }], ['/home/u', { '=D:': 'E:\\work' }],
    ['/home/u', { '=D:': '/x/y' }], ['/home/u', { '=d:': 'd:\\lower' }], ['C:\\cwd', {}],
    ['C:\\cwd\\', { '=D:': 'd:/mixed/' }], ['\\\\srv\\share\\dir', {}], ['relative/cwd', {}], ['/', {}],
  ];
  const inputs = ['', '.', '..', 'x', '/x', '\\x', 'D:', 'D:y', 'd:y', 'E:y', 'C:y', 'c:', 'C:\\y', '\\\\s\\h\\y', '../..', 'a/b/../c'];
  const diffs: string[] = [];
  try {
    for (const [cwd, env] of hosts) {
      configurePathHost({ cwd: () => cwd, env: () => env });
      for (const a of inputs) {
        for (const b of inputs) {
          for (const [label, fn] of [['posix.resolve', 'resolve'], ['win32.resolve', 'resolve'], ['posix.relative', 'relative'],
            ['win32.relative', 'relative'], ['win32.toNamespacedPath', 'toNamespacedPath']] as const) {
            const lib = label.startsWith('posix') ? posix : win32;
            const hostLib = label.startsWith('posix') ? hostPath.posix : hostPath.win32;
            const mine = run(() => (lib as any)[fn](a, b));
            process.cwd = () => cwd;
            process.env = env as NodeJS.ProcessEnv;
            const theirs = run(() => (hostLib as any)[fn](a, b));
            process.cwd = realCwd;
            process.env = realEnv;
            if (!isDeepStrictEqual(mine, theirs) && diffs.length < 15) {
              diffs.push(`${label}(${JSON.stringify(a)}, ${JSON.stringify(b)}) cwd ${cwd} env ${JSON.stringify(env)}: ours ${JSON.stringify(mine)} node ${JSON.stringify(theirs)}`);
            }
          }
        }
      }
    }
  } finally {
    process.cwd = realCwd;
    process.env = realEnv;
    configurePathHost({ cwd: () => process.cwd(), env: () => process.env });
  }
  assert.deepStrictEqual(diffs, []);
});

test('[path resolve] defaults to cwd "/" and an empty environment before the runtime configures it', async () => {
  const fresh = await import(`./path.js?fresh=${Date.now()}`) as typeof ours;
  assert.equal(fresh.posix.resolve('a'), '/a');
  assert.equal(fresh.win32.resolve('a'), '\\a');
  assert.equal(fresh.win32.resolve('D:a'), 'D:\\a');
});
