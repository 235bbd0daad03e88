import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as hostUtil from 'node:util';
import hostModule from 'node:util';
import * as ours from './util.js';
import util, { configureUtilProcess, customPromisifyArgs } from './util.js';
import { Buffer as OurBuffer } from './buffer.js';
import { setWarningSink } from './internal/process/warning.js';
import { configureDebugEnv, configureDebugOutput } from './internal/util/debuglog.js';

const host = hostUtil as any;
const mine = util as any;

function outcome(run: () => unknown): unknown {
  try {
    return { ok: run() };
  } catch (err) {
    const e = err as Error & { code?: string };
    return { name: e.name, code: e.code, message: e.message, ctor: e.constructor?.name };
  }
}

function same(name: string, run: (u: any) => unknown): void {
  assert.deepEqual(outcome(() => run(mine)), outcome(() => run(host)), name);
}

test('[util exports] keys equal the host module, in order', () => {
  assert.deepEqual(Object.keys(util), Object.keys(hostModule));
});

test('[util exports] named exports cover the module object', () => {
  const named = Object.keys(ours).filter((k) => k !== 'default' && k !== 'configureUtilProcess' && k !== 'customPromisifyArgs');
  assert.deepEqual(named.sort(), Object.keys(util).sort());
});

test('[util promisify] resolves, rejects and copies properties', async () => {
  for (const u of [mine, host]) {
    function withProps(a: number, cb: (err: unknown, v?: unknown, w?: unknown) => void) { cb(null, a * 2, 'extra'); }
    (withProps as any).extra = 1;
    const p = u.promisify(withProps);
    assert.equal(await p(2), 4);
    assert.equal(p.name, 'withProps');
    assert.equal(p.extra, 1);
    assert.equal(p[u.promisify.custom], p);
    assert.equal(u.promisify(p), p);
    await assert.rejects(u.promisify((cb: (e: unknown) => void) => cb(new Error('x')))(), /x/);
    await assert.rejects(u.promisify(() => { throw new Error('sync'); })(), /sync/);
  }
  assert.equal(mine.promisify.custom, Symbol.for('nodejs.util.promisify.custom'));
  assert.deepEqual(Object.getOwnPropertyDescriptor(mine.promisify, 'custom'), Object.getOwnPropertyDescriptor(host.promisify, 'custom'));
  same('bad original', (u) => u.promisify(5));
  same('bad custom', (u) => u.promisify(Object.assign(() => {}, { [u.promisify.custom]: 5 })));
  const custom = () => Promise.resolve(7);
  same('custom', (u) => u.promisify(Object.assign(() => {}, { [u.promisify.custom]: custom })) === custom);
});

test('[util promisify] customPromisifyArgs resolves with named values', async () => {
  const lookup = (host: string, cb: (e: unknown, a: string, f: number) => void) => cb(null, host, 4);
  (lookup as any)[customPromisifyArgs] = ['address', 'family'];
  assert.deepEqual(await ours.promisify(lookup)('1.2.3.4'), { address: '1.2.3.4', family: 4 });
});

test('[util callbackify] values, rejections and falsy rejections', async () => {
  configureUtilProcess({ nextTick: (fn, ...args) => process.nextTick(fn, ...args), stdout: undefined, env: {} });
  for (const reason of [null, 0, '', false, undefined]) {
    const results = await Promise.all([mine, host].map((u) => new Promise((resolve) => {
      u.callbackify(async () => { throw reason; })((err: any) => resolve({
        name: err.name, code: err.code, message: err.message, reason: err.reason, keys: Object.keys(err),
        isError: err instanceof Error, isType: err instanceof TypeError,
      }));
    })));
    assert.deepEqual(results[0], results[1]);
  }
  const values = await Promise.all([mine, host].map((u) => new Promise((resolve) => {
    const fn = u.callbackify(async function foo(a: number) { return a + 1; });
    fn(1, (err: unknown, v: unknown) => resolve([err, v, fn.name, fn.length]));
  })));
  assert.deepEqual(values[0], values[1]);
  same('bad original', (u) => u.callbackify(5));
  same('bad last argument', (u) => u.callbackify(async () => {})(1));
});

test('[util deprecate] warns once per code with DeprecationWarning', () => {
  const seen: unknown[][] = [];
  setWarningSink((w, type, code) => seen.push([w, type, code]));
  try {
    const a = ours.deprecate(function foo(x: number) { return x + 1; }, 'msg a', 'DEP_NODELING_1');
    const b = ours.deprecate(() => 2, 'msg b', 'DEP_NODELING_1');
    const c = ours.deprecate(() => 3, 'msg c');
    assert.equal(a(1), 2);
    a(1);
    b();
    c();
    c();
    assert.deepEqual(seen, [['msg a', 'DeprecationWarning', 'DEP_NODELING_1'], ['msg c', 'DeprecationWarning', undefined]]);
    assert.equal(a.name, host.deprecate(function foo() {}, 'm').name);
    class K { v = 1; }
    const D = ours.deprecate(K, 'k') as any;
    assert.equal(new D().v, 1);
  } finally {
    setWarningSink(() => {});
  }
  same('bad code', (u) => u.deprecate(() => {}, 'm', 5));
});

test('[util inherits] links prototypes and validates', () => {
  function A() {}
  A.prototype.hi = () => 'hi';
  function B() {}
  ours.inherits(B, A);
  assert.equal((B as any).super_, A);
  assert.equal(new (B as any)().hi(), 'hi');
  same('null ctor', (u) => u.inherits(null, Object));
  same('null super', (u) => u.inherits(function () {}, null));
  same('no prototype', (u) => u.inherits(function () {}, () => {}));
  same('number ctor', (u) => u.inherits(5, Object));
});

test('[util getSystemErrorName] names, ranges and unknowns', () => {
  for (const v of [-8, -10, -35, -2, -13, -98, -111, 2, 0, -99999, 'a', -1.5, NaN, -Infinity]) same(String(v), (u) => u.getSystemErrorName(v));
});

test('[util getSystemErrorMap] entries match the host for the errnos nodeling knows', () => {
  const hostMap = hostUtil.getSystemErrorMap();
  const ourMap = ours.getSystemErrorMap();
  for (const [errno, entry] of ourMap) assert.deepEqual(entry, hostMap.get(errno), String(errno));
  const hostOrder = [...hostMap.keys()].filter((k) => ourMap.has(k));
  assert.deepEqual([...ourMap.keys()], hostOrder);
});

test('[util _errnoException] and _exceptionWithHostPort build system errors', () => {
  const shape = (e: any) => ({ message: e.message, keys: Object.keys(e), values: Object.values(e) });
  for (const make of [
    (u: any) => u._errnoException(-2, 'open', 'x'),
    (u: any) => u._errnoException(-2, 'open'),
    (u: any) => u._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80, '1.2.3.4:5'),
    (u: any) => u._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 0),
    (u: any) => u._exceptionWithHostPort(-111, 'connect', '', 0),
  ]) assert.deepEqual(shape(make(mine)), shape(make(host)));
});

test('[util toUSVString] replaces lone surrogates', () => {
  for (const s of ['a\ud800b', '\udc00', 'ok', '\ud83d\ude00', 5]) same(String(s), (u) => u.toUSVString(s));
});

test('[util styleText] formats and validation', () => {
  configureUtilProcess({ nextTick: process.nextTick, stdout: process.stdout, env: process.env });
  const cases: [string, unknown, unknown, unknown?][] = [
    ['single', 'red', 'x', { validateStream: false }],
    ['array', ['red', 'bold'], 'x', { validateStream: false }],
    ['array default stream', ['red'], 'x'],
    ['alias', 'grey', 'x', { validateStream: false }],
    ['unknown', 'nope', 'x'],
    ['none', 'none', 'x'],
    ['bad text', 'red', 5],
    ['bad format', 5, 'x'],
    ['bad array item', ['red', 5], 'x'],
    ['bad stream', 'red', 'x', { stream: 5 }],
    ['bad validateStream', 'red', 'x', { validateStream: 5 }],
    ['non-tty stream', 'red', 'x', { stream: { isTTY: false, write() {}, on() {} } }],
    ['tty stream', 'red', 'x', { stream: { isTTY: true, write() {}, on() {}, getColorDepth: () => 8 } }],
    ['tty 2 colors', 'red', 'x', { stream: { isTTY: true, write() {}, on() {}, getColorDepth: () => 1 } }],
    ['number options', 'red', 'x', 5],
  ];
  const saved = process.env.FORCE_COLOR;
  delete process.env.FORCE_COLOR;
  try {
    for (const [name, format, text, options] of cases) same(name, (u) => u.styleText(format, text, options));
    for (const force of ['0', '1', '', 'true', '3', 'x']) {
      process.env.FORCE_COLOR = force;
      same(`FORCE_COLOR=${force}`, (u) => u.styleText('red', 'x', { stream: { isTTY: false, write() {}, on() {} } }));
    }
  } finally {
    if (saved === undefined) delete process.env.FORCE_COLOR;
    else process.env.FORCE_COLOR = saved;
  }
});

test('[util parseEnv] matches the host parser', () => {
  const inputs = ['B=1\nA=2', 'A = 1 # c\n#x=1\n  export  K=v', 'Q="a\\nb" trailing\nR=2', "S='x y'\nT=`t`", 'U="open\nV=2',
    'W=', 'X', '=5\nY=1', 'Z=a=b', 'M="multi\nline"\nN=1', 'E=\r\nF=1\r\n', '   ', 'P="x#y"', 'export=1', 'K1=v1 #c\nK1=v2',
    ' lead = sp ace ', 'q="a"b"', "e=''", 'h=#x', 'nl="a\\nb\\nc"', 'X\nY=1', '#x=1', 'A=1\n#c', "A='a\\nb'", "A=  'x'  z",
    'A=\t1\t', '\tA=1', 'export A=1', 'exportA=1', 'A=""', 'A="x" #c\nB=2', "A='x\nB=2", 'A=`a\nb`', 'A B=1', 'A=1\n\n\nB=2',
    'A="a\\"b"', 'A=\nB=2', 'A=   \nB=2', ' # c\nA=1', 'b=1\nB=2\n_=3\na=4', ''];
  for (const input of inputs) same(JSON.stringify(input), (u) => u.parseEnv(input));
  same('not a string', (u) => u.parseEnv(5));
});

test('[util MIMEType] parsing, serialization and errors', () => {
  const inputs = ['text/html', 'TEXT/HTML; Charset="UTF-8"; a=b', 'text/html;a="x\\"y";b=;c="";d', '  text / html', 'text/',
    '/html', 'te(t/html', 'text/ht ml;x=1', 'text/html;;;a=1;a=2;B=3', 'text/html;a=" quoted ";b="unterminated',
    'text/html ; a = 1', 'a/b;x="é"', 'a/b;x=é', 'text/html;charset=utf-8;x=", "', '', 'a/b\t', 'a/b; ', 'text',
    'text/html;a', 'text/html;=x;b=2', 'text/html;a="x\\\\"', 'text/html;a="b\\', 'a/b;x=\u0100', 'a/b;x="\u0100"'];
  for (const input of inputs) {
    same(input, (u) => {
      const m = new u.MIMEType(input);
      return [m.type, m.subtype, m.essence, String(m), [...m.params], JSON.stringify(m), [...m.params.keys()]];
    });
  }
  same('setters', (u) => {
    const m = new u.MIMEType('text/html');
    m.type = 'IMAGE';
    m.subtype = 'PNG';
    return String(m);
  });
  same('bad type setter', (u) => { new u.MIMEType('text/html').type = 'im age'; });
  same('empty type setter', (u) => { new u.MIMEType('text/html').type = ''; });
  same('bad subtype setter', (u) => { new u.MIMEType('text/html').subtype = 'a;'; });
  same('params set', (u) => {
    const m = new u.MIMEType('text/html');
    m.params.set('A', 'x y');
    m.params.set('b', '');
    return [String(m), m.params.get('a'), m.params.get('A'), m.params.has('a')];
  });
  same('bad param name', (u) => new u.MIMEType('text/html').params.set('a b', 'x'));
  same('bad param value', (u) => new u.MIMEType('text/html').params.set('a', 'x\ny'));
  same('empty param name', (u) => new u.MIMEType('text/html').params.set('', 'x'));
  same('delete', (u) => {
    const m = new u.MIMEType('text/html;A=1;b=2');
    m.params.delete('a');
    return String(m);
  });
  same('MIMEParams', (u) => {
    const p = new u.MIMEParams();
    p.set('a', 1);
    return [String(p), [...p], p.toJSON()];
  });
  same('object input', (u) => new u.MIMEType({ toString: () => 'a/b' }).essence);
  same('symbol input', (u) => new u.MIMEType(Symbol('s')));
  same('call without new', (u) => u.MIMEType('a/b'));
  assert.deepEqual(Object.getOwnPropertyNames(ours.MIMEType.prototype), Object.getOwnPropertyNames(hostUtil.MIMEType.prototype));
  assert.deepEqual(Object.getOwnPropertyNames(ours.MIMEParams.prototype), Object.getOwnPropertyNames(hostUtil.MIMEParams.prototype));
  assert.equal(hostUtil.inspect(new ours.MIMEType('a/b;c=d')), hostUtil.inspect(new hostUtil.MIMEType('a/b;c=d')));
});

test('[util legacy type checks] agree with the host', () => {
  const values = [null, undefined, 0, 'a', true, Symbol.iterator, {}, [], () => {}, new Date(), /a/, new Error('e'),
    new Uint8Array(1), 1n, Object(1)];
  const names = ['isArray', 'isBoolean', 'isBuffer', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol',
    'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive'];
  for (const name of names) {
    for (const v of values) assert.equal(mine[name](v), host[name](v), `${name}(${String(v)})`);
  }
  assert.equal(ours.isBuffer(OurBuffer.alloc(1)), true);
});

test('[util _extend] copies own enumerable keys', () => {
  same('objects', (u) => u._extend({ a: 1 }, { b: 2, a: 3 }));
  same('primitive source', (u) => u._extend({ a: 1 }, 5));
  same('null source', (u) => u._extend({ a: 1 }, null));
});

test('[util aborted] validates and resolves on abort', async () => {
  for (const args of [[], [5], [new AbortController().signal, 5], [new AbortController().signal, null]]) {
    const results = [];
    for (const u of [mine, host]) {
      results.push(await u.aborted(...args).then(() => 'resolved', (e: any) => [e.code, e.message]));
    }
    assert.deepEqual(results[0], results[1]);
  }
  const ac = new AbortController();
  const p = ours.aborted(ac.signal, {});
  ac.abort();
  assert.equal(await p, undefined);
  const done = new AbortController();
  done.abort();
  assert.equal(await ours.aborted(done.signal, []), undefined);
});

test('[util transferableAbortSignal] validates and returns its argument', () => {
  same('number', (u) => u.transferableAbortSignal(5));
  const signal = new AbortController().signal;
  assert.equal(ours.transferableAbortSignal(signal), signal);
  assert.ok(ours.transferableAbortController() instanceof AbortController);
});

test('[util debuglog] NODE_DEBUG sections, output format and enabled', () => {
  const lines: string[] = [];
  configureDebugEnv(() => 'foo,ba*');
  configureDebugOutput((text) => lines.push(text), () => 42);
  let received: unknown;
  const foo = ours.debuglog('foo', (fn) => { received = fn; });
  assert.equal(foo.name, 'logger');
  assert.equal(foo.enabled, true);
  foo('hi %d', 5, { a: 1 });
  foo('again');
  ours.debuglog('bar')('bar msg');
  ours.debug('nope')('hidden');
  assert.equal(ours.debuglog('nope').enabled, false);
  assert.equal(typeof received, 'function');
  assert.deepEqual(lines, ['FOO 42: hi 5 { a: 1 }\n', 'FOO 42: again\n', 'BAR 42: bar msg\n']);
  assert.deepEqual(Object.keys(Object.getOwnPropertyDescriptor(foo, 'enabled')!),
    Object.keys(Object.getOwnPropertyDescriptor(hostUtil.debuglog('x'), 'enabled')!));
});

test('[util debuglog] HTTP sections warn about sensitive data', () => {
  const warnings: unknown[] = [];
  setWarningSink((w) => warnings.push(w));
  configureDebugEnv(() => 'http');
  configureDebugOutput(() => {}, () => 1);
  try {
    const http = ours.debuglog('http');
    http('a');
    http('b');
    assert.deepEqual(warnings, ["Setting the NODE_DEBUG environment variable to 'http' can expose sensitive data " +
      '(such as passwords, tokens and authentication headers) in the resulting log.']);
  } finally {
    setWarningSink(() => {});
    configureDebugEnv(() => undefined);
  }
});

test('[util isDeepStrictEqual] is the comparisons algorithm', () => {
  assert.equal(ours.isDeepStrictEqual({ a: [1, new Map([[1, 2]])] }, { a: [1, new Map([[1, 2]])] }), true);
  assert.equal(ours.isDeepStrictEqual(0, -0), false);
});

test('[util TextEncoder] and TextDecoder are the engine\'s', () => {
  assert.equal(ours.TextEncoder, globalThis.TextEncoder);
  assert.equal(new ours.TextDecoder().decode(new ours.TextEncoder().encode('é')), 'é');
});
