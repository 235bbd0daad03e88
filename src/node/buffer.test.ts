// Differential tests: each operation runs on nodeling's buffer module and on the host's, and the
// results (bytes, strings, numbers) or errors (class, code, message) must be identical.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as hostModule from 'node:buffer';
import { inspect } from 'node:util';
import * as ourModule from './buffer.js';

type Mod = Record<string, any>;
const ours = ourModule as Mod;
const host = hostModule as Mod;

function normalize(value: unknown): unknown {
  if (value instanceof Uint8Array) return { bytes: Array.from(value), tag: value.constructor.name };
  if (typeof value === 'bigint') return `${value}n`;
  if (Array.isArray(value)) return value.map(normalize);
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  if (Object.is(value, -0)) return '-0';
  return value;
}

function outcome(op: () => unknown): unknown {
  try {
    return { value: normalize(op()) };
  } catch (err) {
    const e = err as { name?: string; code?: string; message?: string; constructor?: { name: string } };
    return { error: { ctor: e.constructor?.name, name: e.name, code: e.code, message: e.message } };
  }
}

function same(label: string, op: (mod: Mod) => unknown): void {
  assert.deepStrictEqual(outcome(() => op(ours)), outcome(() => op(host)), label);
}

// Deterministic pseudo-random bytes, so failures reproduce.
function randomBytes(n: number, seed: number): number[] {
  const out: number[] = [];
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out.push(x >>> 24);
  }
  return out;
}

const encodings = ['utf8', 'utf-8', 'UTF8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'UTF-16LE', 'latin1', 'binary',
  'BINARY', 'ascii', 'hex', 'HEX', 'base64', 'base64url', 'Base64'];

const strings = ['', 'a', 'hello world', 'héllo wörld', '€', '😀', 'a😀b', '\ud800', '\udc00x', 'a\ud83d', '\ud83d\ud83d\ude00',
  '\u00ff\u0100\uffff', '\0\x7f\x80', 'abc', 'abcd', '0g', 'zz', 'aabbccdd', 'AaBbCc', 'aGVsbG8=', 'aGVsbG8', 'aGV sbG8=',
  'aGV\nsbG8', '=aGVs', 'aG=Vs', 'ab', 'abc=', 'ab==', 'a===', '-_-_', '+/+/', 'Ł', 'ŁQQ', '  ', 'aGVsbG8==', 'YQ==YQ==',
  'YW Jj', 'Y', 'YWJjZA', 'YWJjZA=', 'Zm9v\tYmFy\r\n', '!!!!', '@@@@YWJj', 'x'.repeat(100), 'é'.repeat(70),
  'ab'.repeat(3000), 'é'.repeat(2100), '€'.repeat(1400), 'YWJj'.repeat(2000)];

const byteCases: number[][] = [
  [], [0x41], [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80],
  [0xf0, 0x9f, 0x98], [0xf0, 0x9f, 0x98, 0x41], [0x80], [0xff], [0xc2], [0xe2, 0x82], [0xef, 0xbb, 0xbf, 0x41],
  [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82, 0xac, 0xe2], [0x61, 0xf0, 0x80, 0x80, 0x80, 0x62], [0xc1, 0xbf],
  [0xf0, 0x90, 0x80, 0x80], [0xf4, 0x8f, 0xbf, 0xbf], [0xe0, 0xa0], [0xed, 0x9f, 0xbf], [0xfe, 0xff, 0x00, 0x61],
  randomBytes(7, 1), randomBytes(63, 2), randomBytes(64, 3), randomBytes(65, 4), randomBytes(200, 5), randomBytes(1001, 6),
  randomBytes(5000, 7), Array.from({ length: 300 }, (_, i) => i & 0x7f),
];

test('[buffer from] strings in every encoding', () => {
  for (const s of strings) {
    same(`from ${JSON.stringify(s.slice(0, 20))}`, (m) => m.Buffer.from(s));
    for (const enc of [...encodings, 'foo', '', undefined, null, 5]) {
      same(`from ${JSON.stringify(s.slice(0, 20))} ${enc}`, (m) => m.Buffer.from(s, enc));
      same(`byteLength ${JSON.stringify(s.slice(0, 20))} ${enc}`, (m) => m.Buffer.byteLength(s, enc));
    }
  }
});

test('[buffer toString] bytes in every encoding, with ranges', () => {
  for (const bytes of byteCases) {
    for (const enc of [...encodings, undefined]) {
      same(`toString ${bytes.slice(0, 8)} ${enc}`, (m) => m.Buffer.from(bytes).toString(enc));
      same(`toString range ${bytes.slice(0, 8)} ${enc}`, (m) => m.Buffer.from(bytes).toString(enc, 1, 5));
    }
    same(`toString no args ${bytes.slice(0, 8)}`, (m) => m.Buffer.from(bytes).toString());
  }
  const ranges: unknown[][] = [[-1, 2], [1, -1], [1.7, 3.2], ['1', '3'], [NaN, NaN], [2, 1], [0, 100], [undefined, 2], [null, 3], [5, 9]];
  for (const [s, e] of ranges) same(`toString ${s} ${e}`, (m) => m.Buffer.from('abcdefgh').toString('utf8', s, e));
  for (const enc of ['foo', null, 0, {}, 'utf9']) same(`toString bad ${String(enc)}`, (m) => m.Buffer.from('ab').toString(enc));
});

test('[buffer from] arrays, array-likes, array buffers and objects', () => {
  const inputs: (() => unknown)[] = [
    () => [1, 2, 3, 256, -1, 1.5, '7', 'x'], () => ({ length: 3, 0: 1, 1: 2 }), () => ({ length: '3' }), () => new Uint16Array([1, 0x1234]),
    () => new Float64Array([1.5, -2]), () => new DataView(new ArrayBuffer(4)), () => ({ type: 'Buffer', data: [1, 2] }),
    () => ({ type: 'Buffer', data: 'ab' }), () => new String('abc'), () => ({ valueOf: () => 'xyz' }),
    () => ({ [Symbol.toPrimitive]: () => 'prim' }), () => ({ valueOf: () => [5, 6] }), () => 5, () => null, () => undefined, () => true,
    () => Symbol('s'), () => ({}), () => () => 1, () => new Array(5000).fill(7), () => Object.create(null),
  ];
  for (const make of inputs) same(`from ${String(make)}`, (m) => m.Buffer.from(make()));
  same('from string with hex', (m) => m.Buffer.from(new String('6162'), 'hex'));
  const ab = new ArrayBuffer(16);
  new Uint8Array(ab).set(randomBytes(16, 9));
  const offsets: unknown[][] = [[], [2], [2, 4], [16], [17], [0, 17], [-1], ['3', '2'], [NaN, NaN], [4, -3], [1.5, 2.5], [undefined, 3]];
  for (const args of offsets) same(`from ArrayBuffer ${args}`, (m) => m.Buffer.from(ab, ...args));
  same('from SharedArrayBuffer', (m) => m.Buffer.from(new SharedArrayBuffer(4), 1));
  same('from ArrayBuffer shares memory', (m) => {
    const b = m.Buffer.from(ab, 4, 4);
    b[0] = 99;
    return [new Uint8Array(ab)[4], b.buffer === ab, b.byteOffset];
  });
});

test('[buffer pool] small allocations come from the shared 8 KiB pool', () => {
  const sizes = [0, 1, 7, 100, 4095, 4096, 5000, 8192, 10000];
  for (const n of sizes) {
    same(`allocUnsafe ${n}`, (m) => [m.Buffer.allocUnsafe(n).buffer.byteLength, m.Buffer.allocUnsafe(n).length]);
    same(`allocUnsafeSlow ${n}`, (m) => m.Buffer.allocUnsafeSlow(n).buffer.byteLength);
    same(`alloc ${n}`, (m) => m.Buffer.alloc(n).buffer.byteLength);
    same(`from string ${n}`, (m) => m.Buffer.from('x'.repeat(n)).buffer.byteLength);
    same(`from array ${n}`, (m) => m.Buffer.from(new Array(n).fill(1)).buffer.byteLength);
    same(`from base64 ${n}`, (m) => m.Buffer.from('QUJD'.repeat(n >> 2), 'base64').buffer.byteLength);
  }
  same('pool slices are 8-byte aligned and consecutive', (m) => {
    m.Buffer.allocUnsafe(4000);
    const a = m.Buffer.allocUnsafe(3);
    const b = m.Buffer.allocUnsafe(5);
    const c = m.Buffer.from('abc');
    return [a.buffer === b.buffer, b.byteOffset - a.byteOffset, c.byteOffset - b.byteOffset, a.byteOffset % 8];
  });
  same('poolSize', (m) => m.Buffer.poolSize);
});

test('[buffer alloc] sizes, fills and errors', () => {
  const cases: unknown[][] = [[5], [5, 1], [5, 'ab'], [5, 'abc', 'hex'], [5, 'aGk=', 'base64'], [5, 'é', 'latin1'], [5, '€', 'utf8'],
    [5, 'zz', 'hex'], [5, 'a', 'foo'], [5, 'a', 5], [5, ''], [4, 'ab', 'ucs2'], [5, Buffer.from([1, 2])], [5, new Uint8Array(0)],
    [5, true], [5, 257], [5, -1], [5, 1.7], [0, 'a'], [-1], [NaN], ['5'], [2 ** 32 + 1], [1.5], [5, {}], [5, [3]], [5, null]];
  for (const args of cases) {
    same(`alloc ${inspect(args)}`, (m) => m.Buffer.alloc(...args));
    same(`allocUnsafe ${inspect(args)}`, (m) => m.Buffer.allocUnsafe(args[0]).length);
    same(`allocUnsafeSlow ${inspect(args)}`, (m) => m.Buffer.allocUnsafeSlow(args[0]).length);
  }
});

test('[buffer fill] every overload', () => {
  const cases: unknown[][] = [[0], [1, 2], [1, 2, 5], [1, -1], [1, 2, 20], [1, 2, 1], [1, 1.5], ['ab'], ['ab', 1], ['ab', 1, 6], ['ab', 'hex'],
    ['abcd', 'hex'], ['abcd', 1, 'hex'], ['zz', 'hex'], ['a', 'bad'], ['a', 1, 3, 'bad'], ['€'], ['€', 'latin1'], ['€', 'ucs2'],
    ['😀', 1], ['aGVsbG8', 'base64'], [''], ['x', null], ['x', undefined, undefined, null], [true], [{}], [[7]], [null],
    [undefined], [Buffer.from('xy')], [new Uint16Array([0x102])], [new Uint8Array(0)], ['x', '1'], [1, '1'], [1, 0, '8'],
    [300], [-129], ['\u0100', 'latin1'], ['\u0100'], [1n], [Symbol('s')], ['a', 0, 10, 'utf8']];
  for (const args of cases) same(`fill ${inspect(args)}`, (m) => m.Buffer.alloc(9).fill(...args));
});

test('[buffer write] every overload', () => {
  const cases: unknown[][] = [['abc'], ['abc', 2], ['abc', 2, 1], ['abc', 'hex'], ['abcd', 'hex'], ['aGVsbG8=', 'base64'],
    ['héllo', 1, 'latin1'], ['héllo', 1, 3, 'ucs2'], ['€€€', 0, 4], ['😀😀', 0, 5], ['😀', 7], ['\ud800abc'], ['abc', 10],
    ['abc', -1], ['abc', 1.5], ['abc', 0, -1], ['abc', 0, 20], ['abc', 0, 2, 'foo'], [5], [5, 'hex'], [null, 0], ['abc', '1'],
    ['abc', 0, '1'], ['abc', undefined, 2], ['abc', 0, undefined, 'ascii'], ['é', 'ascii'], ['abc', 8, 'utf8'], ['x'.repeat(100)],
    ['ab', 1, 1, 'ucs2'], ['fffff', 0, 2, 'hex'], ['é'.repeat(10), 0, 'latin1']];
  for (const args of cases) {
    same(`write ${inspect(args)}`, (m) => {
      const b = m.Buffer.alloc(8);
      const n = b.write(...args);
      return [n, b];
    });
  }
  same('write on empty buffer', (m) => m.Buffer.alloc(0).write('abc'));
  for (const name of ['utf8Write', 'latin1Write', 'hexWrite', 'ucs2Write', 'base64Write', 'asciiWrite', 'base64urlWrite']) {
    for (const args of [['6162'], ['6162', 1], ['6162', 1, 1], ['6162', -1], ['6162', 9], [5], ['6162', 0, -1], ['6162', 8]]) {
      same(`${name} ${inspect(args)}`, (m) => {
        const b = m.Buffer.alloc(8);
        return [b[name](...args), b];
      });
    }
  }
  for (const name of ['utf8Slice', 'latin1Slice', 'hexSlice', 'ucs2Slice', 'base64Slice', 'asciiSlice', 'base64urlSlice']) {
    for (const args of [[], [1], [1, 3], [-1], [0, 9], [5, 1], ['1', '2'], [1.5, 3.5]]) {
      same(`${name} ${inspect(args)}`, (m) => m.Buffer.from('abcdefgh')[name](...args));
    }
  }
});

test('[buffer numbers] reads and writes of every width, with range errors', () => {
  const bytes = randomBytes(12, 11);
  const offsets = [undefined, 0, 1, 3, 4, 5, 7, 8, 9, 11, 12, -1, 1.5, NaN, '1', null, Infinity, 2 ** 53];
  const proto = Buffer.prototype as unknown as Record<string, unknown>;
  const readers = Object.getOwnPropertyNames(proto).filter((k) => /^read/.test(k));
  for (const name of readers) {
    for (const off of offsets) {
      if (/Int[LB]E$|IntLE$|IntBE$/.test(name) && !/\d/.test(name)) {
        for (const bl of [undefined, 0, 1, 2, 3, 4, 5, 6, 7, 1.5, '2', NaN]) {
          same(`${name}(${off}, ${bl})`, (m) => m.Buffer.from(bytes)[name](off, bl));
        }
      } else same(`${name}(${off})`, (m) => m.Buffer.from(bytes)[name](off));
    }
    same(`${name} on short buffer`, (m) => m.Buffer.alloc(1)[name](0, 6));
  }
  const values = [0, 1, -1, 127, 128, 255, 256, -128, -129, 32767, 32768, -32769, 65535, 65536, 2 ** 24, 2 ** 31, -(2 ** 31) - 1,
    2 ** 32 - 1, 2 ** 32, 2 ** 40, 2 ** 47, -(2 ** 47), 2 ** 48, 1.5, -1.5, NaN, '12', null, undefined, Infinity, 3.4e38, 1e-45,
    0n, 1n, -1n, 2n ** 63n, 2n ** 64n - 1n, 2n ** 64n, -(2n ** 63n) - 1n, {}];
  const writers = Object.getOwnPropertyNames(proto).filter((k) => /^write(U?Int|Big|Float|Double)/i.test(k));
  for (const name of writers) {
    for (const v of values) {
      for (const off of [undefined, 0, 1, 4, 8, -1, 1.5, '1']) {
        if (/Int[LB]E$/.test(name) && !/\d/.test(name)) {
          for (const bl of [1, 2, 3, 4, 5, 6, 0, 7, undefined]) {
            same(`${name}(${inspect(v)}, ${off}, ${bl})`, (m) => {
              const b = m.Buffer.alloc(12);
              return [b[name](v, off, bl), b];
            });
          }
        } else {
          same(`${name}(${inspect(v)}, ${off})`, (m) => {
            const b = m.Buffer.alloc(12);
            return [b[name](v, off), b];
          });
        }
      }
    }
  }
});

test('[buffer search] indexOf, lastIndexOf and includes', () => {
  const hay = ['abcabcabc', 'héllo wörld héllo', 'a\u0000b\u0000c\u0000a\u0000', 'aGVsbG8=', ''];
  const needles: unknown[] = ['', 'a', 'abc', 'bca', 'c', 'x', 'é', 'llo', 'héllo', 97, 98 + 256, -159, 1000, 'YQ==', '61', 'b\u0000',
    Buffer.from('bc'), new Uint8Array([0x61, 0]), Buffer.alloc(0), {}, null, 1.5, '\u00e9'];
  const offsets: unknown[] = [undefined, 0, 1, 2, 3, -1, -3, -100, 100, 1.5, NaN, '1', null, [], 'utf8', 'ucs2', 'latin1', 'hex',
    'base64', 'foo', 2 ** 40, -(2 ** 40)];
  for (const h of hay) {
    for (const n of needles) {
      for (const off of offsets) {
        for (const enc of [undefined, 'latin1', 'ucs2', 'hex', 'base64', 'ascii', 'bogus']) {
          for (const method of ['indexOf', 'lastIndexOf', 'includes']) {
            same(`${method}(${inspect(n)}, ${inspect(off)}, ${enc}) in ${JSON.stringify(h)}`,
              (m) => m.Buffer.from(h, 'latin1')[method](n, off, enc));
          }
        }
      }
    }
  }
  same('indexOf on odd-length ucs2 haystack', (m) => [m.Buffer.from('abcde').indexOf('zz', 'ucs2'), m.Buffer.from('abcde').lastIndexOf('b', 'ucs2')]);
});

test('[buffer copy compare equals] offsets and errors', () => {
  const copyArgs: unknown[][] = [[], [2], [2, 1], [2, 1, 3], [0, 0, 100], [100], [-1], [0, -1], [0, 20], [0, 0, -1], [1.5, 0.5, 2.5],
    ['1', '1', '3'], [NaN, NaN, NaN], [0, 3, 1], [7], [Infinity], [0, 0, Infinity]];
  for (const args of copyArgs) {
    same(`copy ${inspect(args)}`, (m) => {
      const src = m.Buffer.from('abcdefgh');
      const dst = m.Buffer.alloc(6, '.');
      return [src.copy(dst, ...args), dst];
    });
  }
  same('copy into itself overlapping', (m) => {
    const b = m.Buffer.from('abcdefgh');
    b.copy(b, 2, 0, 5);
    return b;
  });
  same('copy bad target', (m) => m.Buffer.from('a').copy('b'));
  const cmpArgs: unknown[][] = [[], [0], [0, 3], [1, 3, 1, 3], [0, 10], [-1], [0, 2, 0, 100], [5, 2], [0, 0, 2, 1], [1.5],
    ['1'], [undefined, undefined, 2], [0, 5, 0, 5]];
  for (const args of cmpArgs) {
    same(`compare ${inspect(args)}`, (m) => m.Buffer.from('abcde').compare(m.Buffer.from('bcdef'), ...args));
    same(`compare self ${inspect(args)}`, (m) => m.Buffer.from('abcde').compare(m.Buffer.from('abcde'), ...args));
  }
  for (const [a, b] of [['a', 'b'], ['b', 'a'], ['ab', 'a'], ['', ''], ['a', 'ab'], ['abc', 'abc']]) {
    same(`Buffer.compare ${a} ${b}`, (m) => m.Buffer.compare(m.Buffer.from(a), m.Buffer.from(b)));
    same(`equals ${a} ${b}`, (m) => m.Buffer.from(a).equals(m.Buffer.from(b)));
  }
  for (const bad of ['a', null, [1], {}, new Uint16Array(1)]) {
    same(`compare bad ${inspect(bad)}`, (m) => m.Buffer.compare(bad, m.Buffer.from('a')));
    same(`compare bad 2 ${inspect(bad)}`, (m) => m.Buffer.compare(m.Buffer.from('a'), bad));
    same(`equals bad ${inspect(bad)}`, (m) => m.Buffer.from('a').equals(bad));
    same(`compare method bad ${inspect(bad)}`, (m) => m.Buffer.from('a').compare(bad));
  }
});

test('[buffer concat byteLength isEncoding isBuffer] statics', () => {
  const lists: (() => unknown[])[] = [() => [], () => [Buffer.from('ab'), Buffer.from('cd')], () => [new Uint8Array([1, 2])],
    () => ['ab'], () => [Buffer.from('a'), null], () => [Buffer.from('abc'), Buffer.from('def')]];
  for (const make of lists) {
    for (const len of [undefined, 0, 2, 4, 10, -1, 1.5, '2']) {
      same(`concat ${String(make)} ${len}`, (m) => m.Buffer.concat(make().map((x) => (x instanceof Buffer ? m.Buffer.from(x) : x)), len));
    }
  }
  same('concat not array', (m) => m.Buffer.concat('ab'));
  for (const v of [new ArrayBuffer(3), new Uint16Array(3), new DataView(new ArrayBuffer(5)), 5, null, {}, new SharedArrayBuffer(2)]) {
    same(`byteLength ${inspect(v)}`, (m) => m.Buffer.byteLength(v));
  }
  for (const e of [...encodings, '', 'foo', null, undefined, 5, 'UTF-8', 'Latin1', 'utf16', ['utf8']]) {
    same(`isEncoding ${inspect(e)}`, (m) => m.Buffer.isEncoding(e));
  }
  for (const v of [new Uint8Array(2), 'a', null, {}]) same(`isBuffer ${inspect(v)}`, (m) => m.Buffer.isBuffer(v));
  same('isBuffer of a Buffer', (m) => m.Buffer.isBuffer(m.Buffer.alloc(1)));
  same('of', (m) => m.Buffer.of(1, 2, 300));
  for (const args of [[new Uint16Array([1, 0x203])], [new Uint16Array([1, 2, 3]), 1], [new Uint16Array([1, 2, 3]), 1, 1],
    [new Uint16Array([1, 2, 3]), 5], [new Uint16Array(0)], [new Float32Array([1.5]), 0, 5], [[1, 2]], [new Uint16Array(2), -1],
    [new Uint16Array(2), 0, 1.5], [new Uint16Array(2), '1']]) {
    same(`copyBytesFrom ${inspect(args)}`, (m) => m.Buffer.copyBytesFrom(...args));
  }
});

test('[buffer misc] slice, subarray, swap, toJSON, inspect, constructor forms', () => {
  const ranges: unknown[][] = [[], [1], [1, 3], [-2], [-2, -1], [3, 1], [1.7, 4.2], ['1', '3'], [NaN, 2], [0, 100], [-100, 2],
    [undefined, 2], [null, null], [2 ** 40]];
  for (const args of ranges) {
    same(`slice ${inspect(args)}`, (m) => m.Buffer.from('abcdef').slice(...args));
    same(`subarray ${inspect(args)}`, (m) => m.Buffer.from('abcdef').subarray(...args));
  }
  same('slice shares memory', (m) => {
    const b = m.Buffer.from('abcdef');
    const s = b.slice(1, 3);
    s[0] = 0x7a;
    return [b.toString(), s.buffer === b.buffer, s.parent === b.buffer, s.offset - b.offset];
  });
  for (const n of [0, 1, 2, 4, 6, 8, 16, 130, 256]) {
    for (const fn of ['swap16', 'swap32', 'swap64']) same(`${fn} ${n}`, (m) => m.Buffer.from(randomBytes(n, n))[fn]());
  }
  for (const n of [0, 3, 300]) same(`toJSON ${n}`, (m) => JSON.stringify(m.Buffer.from(randomBytes(n, 1))));
  for (const n of [0, 1, 49, 50, 51, 52, 300]) {
    same(`inspect ${n}`, (m) => inspect(m.Buffer.from(randomBytes(n, 1))));
  }
  same('inspect with extra properties', (m) => {
    const b = m.Buffer.from('ab');
    b.foo = 1;
    b[Symbol('s')] = 'x';
    Object.defineProperty(b, 'hidden', { value: 2, enumerable: false });
    return [inspect(b), inspect(b, { showHidden: true }), inspect(m.Buffer.alloc(0))];
  });
  same('inspect empty buffer with a property', (m) => {
    const b = m.Buffer.alloc(0);
    b.x = [1, 2];
    return inspect(b);
  });
  same('toLocaleString', (m) => m.Buffer.from('hi').toLocaleString('hex'));
  same('keys values entries', (m) => {
    const b = m.Buffer.from('ab');
    return [[...b.keys()], [...b.values()], [...b.entries()].flat()];
  });
  same('Buffer() forms', (m) => [m.Buffer(3), new m.Buffer('ab'), m.Buffer('6162', 'hex'), m.Buffer([1, 2]) instanceof m.Buffer]);
  same('Buffer(number, string)', (m) => m.Buffer(3, 'utf8'));
  same('SlowBuffer', (m) => [m.SlowBuffer(4), new m.SlowBuffer(2) instanceof m.Buffer]);
  same('SlowBuffer bad size', (m) => m.SlowBuffer(-1));
  same('prototype shape', (m) => [Object.getPrototypeOf(m.Buffer) === Uint8Array, m.Buffer.prototype.constructor === m.Buffer,
    m.Buffer.from('a').constructor.name, m.Buffer.name, m.Buffer.length, m.Buffer.prototype.readUint8 === m.Buffer.prototype.readUInt8,
    m.Buffer.prototype.readUint8.name, m.Buffer.from.length, m.Buffer.prototype.toString.length, m.Buffer.prototype.write.length]);
  same('map keeps Buffer', (m) => m.Buffer.from([1, 2]).map((x: number) => x * 2) instanceof m.Buffer);
  same('instance methods list', (m) => Object.getOwnPropertyNames(m.Buffer.prototype).sort());
  same('static methods list', (m) => Object.getOwnPropertyNames(m.Buffer).sort());
  same('method arities', (m) => Object.getOwnPropertyNames(m.Buffer.prototype).filter((k) => !['parent', 'offset'].includes(k))
    .map((k) => `${k}:${m.Buffer.prototype[k].length}`));
});

test('[buffer module] exports, atob, btoa, isUtf8, isAscii, transcode', () => {
  same('constants', (m) => [m.kMaxLength, m.kStringMaxLength, m.constants.MAX_LENGTH, m.constants.MAX_STRING_LENGTH, m.INSPECT_MAX_BYTES]);
  same('Blob and File', (m) => [typeof m.Blob, typeof m.File]);
  const b64: unknown[] = ['aGVsbG8=', 'aGVsbG8', 'aGVsbG8==', 'aGV sbG8', ' a G V s ', 'a', 'ab', 'abc', 'abcd', 'ab=c', 'ab==',
    'ab===', 'abc=', 'a===', '=', '', '-_', '+/', 'é', '\u0100', null, undefined, 123, {}, '\tYQ\n==\f', 'YQ=\r=', '////'];
  for (const s of b64) same(`atob ${inspect(s)}`, (m) => m.atob(s));
  for (const s of ['hello', '', 'é\u00ff', '\u0100', null, 12, {}, '\0']) same(`btoa ${inspect(s)}`, (m) => m.btoa(s));
  same('atob no args', (m) => m.atob());
  same('btoa no args', (m) => m.btoa());
  for (const bytes of byteCases) {
    same(`isUtf8 ${bytes.slice(0, 8)}`, (m) => m.isUtf8(new Uint8Array(bytes)));
    same(`isAscii ${bytes.slice(0, 8)}`, (m) => m.isAscii(new Uint8Array(bytes)));
  }
  for (const v of ['abc', null, [1], new DataView(new ArrayBuffer(1)), new ArrayBuffer(2), new Uint16Array([0xffff])]) {
    same(`isUtf8 arg ${inspect(v)}`, (m) => m.isUtf8(v));
    same(`isAscii arg ${inspect(v)}`, (m) => m.isAscii(v));
  }
  const texts = ['hello', 'héllo €', '😀x', 'ÿ'];
  for (const t of texts) {
    for (const from of ['utf8', 'latin1', 'ucs2', 'ascii']) {
      for (const to of ['utf8', 'latin1', 'ucs2', 'ascii', 'utf16le', 'binary', 'hex']) {
        same(`transcode ${t} ${from} ${to}`, (m) => m.transcode(m.Buffer.from(t, from), from, to));
      }
    }
  }
  same('transcode bad source', (m) => m.transcode('abc', 'utf8', 'latin1'));
  same('transcode lone surrogate', (m) => m.transcode(m.Buffer.from([0x00, 0xd8, 0x61, 0x00]), 'ucs2', 'utf8'));
  same('transcode invalid utf8', (m) => m.transcode(m.Buffer.from([0xff, 0x61]), 'utf8', 'ucs2'));
  same('resolveObjectURL', (m) => (typeof m.resolveObjectURL));
  assert.throws(() => ourModule.resolveObjectURL('blob:x'), { code: 'ERR_NOT_IMPLEMENTED' });
});
