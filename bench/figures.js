// The benchmark figures. Each program prints its own measurement on its last line (or is timed
// whole), and runs unchanged on the real node and on nodeling. `target` is the ratio an issue asks for.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** statSync of one path, 100,000 times: the program's own file (a host mount on nodeling) or /tmp. */
const statLoop = (target) => `
const fs = require('fs');
const N = 100000;
const target = ${target};
fs.statSync(target);
const t0 = performance.now();
for (let i = 0; i < N; i++) fs.statSync(target);
const ms = performance.now() - t0;
console.log(Math.round(N / (ms / 1000)));
`;

function moduleTree(count) {
  const files = {};
  // A tree: each module requires up to four children, so resolution walks real directories.
  for (let i = 0; i < count; i++) {
    const children = [1, 2, 3, 4].map((k) => i * 4 + k).filter((c) => c < count);
    const body = children.map((c) => `require('./m${c}/index.js');`).join('\n');
    const dir = i === 0 ? 'tree' : `tree/${pathOf(i)}`;
    files[`${dir}/index.js`] = `${body}\nmodule.exports = { id: ${i}, name: 'module ${i}' };\n`;
  }
  return files;

  function pathOf(i) {
    const parts = [];
    while (i > 0) {
      parts.unshift(`m${i}`);
      i = Math.floor((i - 1) / 4);
    }
    return parts.join('/');
  }
}

function esmGraph(count) {
  const files = { 'package.json': '{ "type": "module" }\n' };
  // The same tree shape as the CommonJS figure: each module imports up to four children.
  for (let i = 0; i < count; i++) {
    const children = [1, 2, 3, 4].map((k) => i * 4 + k).filter((c) => c < count);
    const body = children.map((c) => `import { id as id${c} } from './m${c}.js';`).join('\n');
    const sum = children.map((c) => `id${c}`).join(' + ') || '0';
    files[`graph/m${i}.js`] = `${body}\nexport const id = ${i};\nexport const total = ${sum};\nexport default 'module ${i}';\n`;
  }
  return files;
}

/** A 2,000-line TypeScript program: every line carries types that stripping erases. */
function typeScriptProgram() {
  const lines = [];
  for (let i = 0; i < 250; i++) {
    lines.push(`interface Item${i} { id: number; name: string; tags?: string[] }`);
    lines.push(`function make${i}<T extends object>(id: number, name: string, extra?: T): Item${i} {`);
    lines.push('  const tags: string[] = extra ? Object.keys(extra) : [];');
    lines.push(`  return { id: id as number, name, tags } satisfies Item${i};`);
    lines.push('}');
    lines.push(`type Alias${i} = Item${i} | null;`);
    lines.push(`const v${i}: Alias${i} = make${i}(${i}, 'n${i}');`);
    lines.push(`if (v${i}!.id !== ${i}) throw new Error('bad');`);
  }
  return `${lines.join('\n')}\nconsole.log('done');\n`;
}

/** The JavaScript twin: the same program with each type replaced by spaces, as stripping does. */
function typeScriptTwin() {
  const blank = (m) => ' '.repeat(m.length);
  return typeScriptProgram()
    .replace(/^(interface|type) .*$/gm, blank)
    .replace(/<T extends object>/g, blank)
    .replace(/\?: T\)/g, '    )')
    .replace(/: (number|string\[\]|string|Item\d+|Alias\d+)(?=[ ,)=;{])/g, blank)
    .replace(/ as number| satisfies Item\d+/g, blank)
    .replace(/!\.id/g, ' .id');
}

export const figures = [
  {
    name: 'hello: whole process',
    unit: 'ms',
    measure: 'wall',
    runs: 9,
    target: 0.5,
    script: 'hello.js',
    setup: () => ({ 'hello.js': "console.log('hello, world');\n" }),
  },
  {
    name: 'fs.statSync x100000 (mount)',
    unit: 'ops/s',
    higherIsBetter: true,
    target: 0.5,
    runs: 7,
    script: 'stat.js',
    setup: () => ({ 'stat.js': statLoop('__filename') }),
  },
  {
    name: 'fs.statSync x100000 (/tmp)',
    unit: 'ops/s',
    higherIsBetter: true,
    target: 0.5,
    runs: 7,
    script: 'stat.js',
    setup: () => ({ 'stat.js': statLoop("'/tmp'") }),
  },
  {
    name: 'require 200 modules',
    unit: 'ms',
    target: 1 / 3,
    runs: 7,
    script: 'main.js',
    setup: () => ({
      ...moduleTree(200),
      'main.js': "const t0 = performance.now();\nrequire('./tree/index.js');\nconsole.log(performance.now() - t0);\n",
    }),
  },
];

// Issue 3: data modules. Buffer conversions run for about half a second each and report MB/s of
// the encoded or decoded side's bytes (the 1 MiB buffer, or the 64-byte one).
const bufferOps = {
  'utf8 encode': { setup: 'const input = text;', op: "Buffer.from(input, 'utf8')" },
  'utf8 decode': { setup: 'const input = bytes;', op: "input.toString('utf8')" },
  'base64 encode': { setup: 'const input = bytes;', op: "input.toString('base64')" },
  'base64 decode': { setup: "const input = bytes.toString('base64');", op: "Buffer.from(input, 'base64')" },
  'hex encode': { setup: 'const input = bytes;', op: "input.toString('hex')" },
  'hex decode': { setup: "const input = bytes.toString('hex');", op: "Buffer.from(input, 'hex')" },
};

function bufferScript(size, { setup, op }) {
  // Mostly ASCII text with some two- and three-byte characters, like real documents.
  return `
const size = ${size};
const unit = 'The quick brown fox jumps over the lazy dog; caf\\u00e9 \\u2014 na\\u00efve r\\u00e9sum\\u00e9. ';
// Cut at a character boundary so that the text and its bytes hold the same characters.
let cut = Buffer.from(unit.repeat(Math.ceil(size / unit.length) + 1)).subarray(0, size);
while ((cut[cut.length - 1] & 0xc0) === 0x80 || cut[cut.length - 1] >= 0xc0) cut = cut.subarray(0, cut.length - 1);
const text = cut.toString('utf8');
const bytes = Buffer.from(text, 'utf8');
${setup}
let sink = 0;
for (let i = 0; i < 50; i++) sink += ${op}.length;
let iterations = 0;
const t0 = performance.now();
let elapsed = 0;
while (elapsed < 500) {
  for (let i = 0; i < ${size > 1000 ? 8 : 20000}; i++) sink += ${op}.length;
  iterations += ${size > 1000 ? 8 : 20000};
  elapsed = performance.now() - t0;
}
if (sink === 0) throw new Error('nothing done');
console.log(Math.round(iterations * bytes.length / 1048576 / (elapsed / 1000) * 100) / 100);
`;
}

const bufferFigures = [];
for (const [size, label] of [[1 << 20, '1 MiB'], [64, '64 B']]) {
  for (const [opName, op] of Object.entries(bufferOps)) {
    bufferFigures.push({
      name: `buffer ${opName} ${label}`,
      unit: 'MB/s',
      higherIsBetter: true,
      target: size > 1000 ? 0.5 : undefined,
      script: 'buf.js',
      setup: () => ({ 'buf.js': bufferScript(size, op) }),
    });
  }
}

const transformPipe = `
const { Readable, Transform, Writable } = require('stream');
const TOTAL = 256 * 1048576;
const chunk = Buffer.from('All work and no play makes Jack a dull boy. '.repeat(1490).slice(0, 65536));
let sent = 0;
const source = new Readable({
  read() {
    while (sent < TOTAL) {
      sent += chunk.length;
      if (!this.push(chunk)) return;
    }
    this.push(null);
  },
});
const upper = new Transform({
  transform(data, _enc, done) {
    const out = Buffer.allocUnsafe(data.length);
    for (let i = 0; i < data.length; i++) {
      const c = data[i];
      out[i] = c >= 97 && c <= 122 ? c - 32 : c;
    }
    done(null, out);
  },
});
let received = 0;
const sink = new Writable({
  write(data, _enc, done) {
    received += data.length;
    done();
  },
});
const t0 = performance.now();
source.pipe(upper).pipe(sink).on('finish', () => {
  const s = (performance.now() - t0) / 1000;
  if (received !== TOTAL) throw new Error('lost bytes');
  console.log(Math.round(TOTAL / 1048576 / s * 100) / 100);
});
`;

const gzipRoundTrip = `
const zlib = require('zlib');
const SIZE = 64 * 1048576;
const words = ['node', 'stream', 'buffer', 'the', 'of', 'kernel', 'process', 'data', 'a', 'pipe', 'zlib', 'and'];
let seed = 1;
const parts = [];
let length = 0;
while (length < SIZE) {
  let line = '';
  for (let i = 0; i < 12; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    line += words[seed % words.length] + (i === 11 ? '.\\n' : ' ');
  }
  parts.push(line);
  length += line.length;
}
const input = Buffer.from(parts.join('')).subarray(0, SIZE);
const t0 = performance.now();
const packed = zlib.gzipSync(input);
const unpacked = zlib.gunzipSync(packed);
const s = (performance.now() - t0) / 1000;
if (!unpacked.equals(input)) throw new Error('round trip differs');
console.log(Math.round(SIZE / 1048576 / s * 100) / 100);
`;

const sha256Big = `
const crypto = require('crypto');
const chunk = Buffer.alloc(1048576);
for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 31 + (i >> 8)) & 0xff;
const t0 = performance.now();
const hash = crypto.createHash('sha256');
for (let i = 0; i < 256; i++) hash.update(chunk);
const digest = hash.digest('hex');
const s = (performance.now() - t0) / 1000;
if (digest.length !== 64) throw new Error('bad digest');
console.log(Math.round(256 / s * 100) / 100);
`;

// Issue 4: fs. Each figure runs in the program's directory (a host-directory mount on nodeling)
// and, where the in-memory filesystem behaves differently, again under os.tmpdir() (/tmp).
function smallFiles(where, op) {
  return `
const fs = require('fs');
const path = require('path');
const dir = ${where === 'tmp' ? "fs.mkdtempSync(path.join(require('os').tmpdir(), 'bench-'))" : "path.join(__dirname, 'small')"};
fs.mkdirSync(dir, { recursive: true });
const N = 20000;
const FILES = 100;
const data = Buffer.alloc(4096, 'x');
for (let i = 0; i < FILES; i++) fs.writeFileSync(path.join(dir, 'f' + i), data);
const names = [];
for (let i = 0; i < N; i++) names.push(path.join(dir, 'f' + (i % FILES)));
let total = 0;
const t0 = performance.now();
for (let i = 0; i < N; i++) ${op === 'read' ? 'total += fs.readFileSync(names[i]).length' : 'fs.writeFileSync(names[i], data)'};
const s = (performance.now() - t0) / 1000;
fs.rmSync(dir, { recursive: true, force: true });
console.log(Math.round(N / s));
`;
}

function streamCopy(where) {
  return `
const fs = require('fs');
const path = require('path');
const SIZE = 256 * 1048576;
const dir = ${where === 'tmp' ? "fs.mkdtempSync(path.join(require('os').tmpdir(), 'bench-'))" : '__dirname'};
const from = path.join(dir, ${where === 'tmp' ? "'big.bin'" : "'big.bin'"});
${where === 'tmp' ? `{
  const block = Buffer.alloc(1048576, 'z');
  const fd = fs.openSync(from, 'w');
  for (let i = 0; i < 256; i++) fs.writeSync(fd, block);
  fs.closeSync(fd);
}` : ''}
const to = path.join(dir, 'copy.bin');
const t0 = performance.now();
fs.createReadStream(from).pipe(fs.createWriteStream(to)).on('finish', () => {
  const s = (performance.now() - t0) / 1000;
  if (fs.statSync(to).size !== SIZE) throw new Error('short copy');
  fs.unlinkSync(to);
  ${where === 'tmp' ? 'fs.rmSync(dir, { recursive: true });' : ''}
  console.log(Math.round(SIZE / 1048576 / s * 100) / 100);
});
`;
}

function bigDirectory(where) {
  return `
const fs = require('fs');
const path = require('path');
const dir = ${where === 'tmp' ? "fs.mkdtempSync(path.join(require('os').tmpdir(), 'bench-'))" : "path.join(__dirname, 'many')"};
${where === 'tmp' ? "for (let i = 0; i < 10000; i++) fs.writeFileSync(path.join(dir, 'entry-' + i), '');" : ''}
let count = fs.readdirSync(dir).length;
const R = 20;
const t0 = performance.now();
for (let i = 0; i < R; i++) count += fs.readdirSync(dir).length;
const s = (performance.now() - t0) / 1000;
${where === 'tmp' ? 'fs.rmSync(dir, { recursive: true });' : ''}
if (count !== 10000 * (R + 1)) throw new Error('wrong count ' + count);
console.log(Math.round(R / s * 100) / 100);
`;
}

figures.push(
  ...bufferFigures,
  {
    name: 'stream Transform uppercase 256 MiB',
    unit: 'MB/s',
    higherIsBetter: true,
    target: 0.5,
    script: 'upper.js',
    setup: () => ({ 'upper.js': transformPipe }),
  },
  {
    name: 'zlib gzip+gunzip 64 MiB',
    unit: 'MB/s',
    higherIsBetter: true,
    target: 0.25,
    script: 'gzip.js',
    setup: () => ({ 'gzip.js': gzipRoundTrip }),
  },
  {
    name: 'crypto sha256 256 MiB',
    unit: 'MB/s',
    higherIsBetter: true,
    target: 0.25,
    script: 'sha.js',
    setup: () => ({ 'sha.js': sha256Big }),
  },
  ...['read', 'write'].flatMap((op) => ['dir', 'tmp'].map((where) => ({
    name: `fs.${op}FileSync 4KiB x20000 (${where === 'dir' ? 'mount' : '/tmp'})`,
    unit: 'ops/s',
    higherIsBetter: true,
    target: 0.3,
    script: 'small.js',
    setup: () => ({ 'small.js': smallFiles(where, op) }),
  }))),
  {
    name: 'fs stream copy 256 MiB (mount)',
    unit: 'MB/s',
    higherIsBetter: true,
    target: 0.5,
    script: 'copy.js',
    setup: (dir) => {
      const block = Buffer.alloc(1048576, 'z');
      const fd = openSync(join(dir, 'big.bin'), 'w');
      for (let i = 0; i < 256; i++) writeSync(fd, block);
      closeSync(fd);
      return { 'copy.js': streamCopy('dir') };
    },
  },
  {
    name: 'fs stream copy 256 MiB (/tmp)',
    unit: 'MB/s',
    higherIsBetter: true,
    target: 0.5,
    script: 'copy.js',
    setup: () => ({ 'copy.js': streamCopy('tmp') }),
  },
  {
    name: 'fs.readdirSync 10000 entries (mount)',
    unit: 'ops/s',
    higherIsBetter: true,
    target: 0.5,
    script: 'dir.js',
    setup: (dir) => {
      mkdirSync(join(dir, 'many'), { recursive: true });
      for (let i = 0; i < 10000; i++) writeFileSync(join(dir, 'many', `entry-${i}`), '');
      return { 'dir.js': bigDirectory('dir') };
    },
  },
  {
    name: 'fs.readdirSync 10000 entries (/tmp)',
    unit: 'ops/s',
    higherIsBetter: true,
    target: 0.5,
    script: 'dir.js',
    setup: () => ({ 'dir.js': bigDirectory('tmp') }),
  },
);

figures.push(
  {
    name: 'import 200 ES modules',
    unit: 'ms',
    target: 0.5,
    script: 'main.mjs',
    setup: () => ({
      ...esmGraph(200),
      'main.mjs': "const t0 = performance.now();\nawait import('./graph/m0.js');\nconsole.log(performance.now() - t0);\n",
    }),
  },
  {
    // Compares nodeling with itself: the .ts program against its .js twin (target: at most 1.5x).
    name: 'typescript: 2,000-line .ts vs .js on nodeling',
    unit: 'ms',
    measure: 'wall',
    runs: 5,
    target: 1 / 1.5,
    baseline: 'nodeling-js',
    script: 'program.ts',
    baselineScript: 'program.js',
    setup: () => ({ 'program.ts': typeScriptProgram(), 'program.js': typeScriptTwin() }),
  },
);
