// Kernel layer tests: the memory backend's block storage. Each scenario runs on a MemoryBackend
// file and on a real file under /dev/shm (Linux's tmpfs), comparing bytes, size and st_blocks.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, fstatSync, ftruncateSync, mkdtempSync, openSync, readSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Buffer } from 'node:buffer';
import { EFBIG, EISDIR } from '../../../abi/errno.js';
import { S_IFDIR, S_IFREG, type BackendFile, type NodeAttr } from '../inode.js';
import { MemoryBackend } from './memory.js';

const KiB = 1024;
const MiB = 1024 * KiB;
const TMPFS_MAGIC = 0x01021994;

type Op = ['w', number, number] | ['t', number];

/** Scenarios around the 256 KiB block size and the growable first block. */
const scenarios: [string, Op[]][] = [
  ['a small file', [['w', 0, 4 * KiB]]],
  ['a first block grown by appends', [['w', 0, 100], ['w', 100, 3000], ['w', 3100, 70 * KiB], ['w', 73 * KiB, 200 * KiB]]],
  ['a write spanning two blocks', [['w', 256 * KiB - 10, 20]]],
  ['a write spanning many blocks', [['w', 100, MiB + 5]]],
  ['appends of 64 KiB', Array.from({ length: 20 }, (_, i): Op => ['w', i * 64 * KiB, 64 * KiB])],
  ['a write far past the end leaves a hole', [['w', 0, 10], ['w', 3 * MiB + 7, 9000]]],
  ['a hole inside the short first block', [['w', 0, 300], ['w', 200 * KiB, 100]]],
  ['extending by truncate writes nothing', [['w', 0, 5000], ['t', 2 * MiB + 3], ['w', MiB, 10]]],
  ['truncate inside a later block', [['w', 0, MiB], ['t', 600 * KiB + 1], ['t', MiB], ['w', MiB - 1, 1]]],
  ['truncate at a block boundary', [['w', 0, MiB], ['t', 512 * KiB], ['t', 700 * KiB]]],
  ['truncate to zero and rewrite', [['w', 0, 300 * KiB], ['t', 0], ['w', 0, 4 * KiB], ['t', 300 * KiB]]],
  ['truncate inside the first block', [['w', 0, 100 * KiB], ['t', 5], ['w', 60 * KiB, 1], ['t', 200 * KiB]]],
  ['overwrites across blocks', [['w', 0, 700 * KiB], ['w', 250 * KiB, 300 * KiB], ['w', 1, 1]]],
];

/** Bytes of write number `n`, distinct per write and per offset. */
function pattern(n: number, length: number): Uint8Array {
  const b = new Uint8Array(length);
  for (let i = 0; i < length; i++) b[i] = ((i * 7 + n * 31) % 255) + 1;
  return b;
}

function regularFile(): { fs: MemoryBackend; file: BackendFile } {
  const fs = new MemoryBackend();
  const node = fs.create(fs.root, 'f', { mode: S_IFREG | 0o644, uid: 0, gid: 0 });
  assert.equal(typeof node, 'object');
  return { fs, file: fs.open(node as Exclude<typeof node, number>, 0) };
}

function attr(file: BackendFile): NodeAttr {
  return file.getattr() as NodeAttr;
}

/** The whole file, read through `file.read` in `step`-byte pieces (so reads cross blocks too). */
function readBack(file: BackendFile, step: number): Uint8Array {
  const size = attr(file).size;
  const out = new Uint8Array(size).fill(0xee);
  for (let at = 0; at < size; at += step) {
    const want = Math.min(step, size - at);
    const dst = new Uint8Array(want + 2).fill(0xee);
    assert.equal(file.read(dst, 1, want, at), want);
    assert.equal(dst[0], 0xee);
    assert.equal(dst[want + 1], 0xee);
    out.set(dst.subarray(1, want + 1), at);
  }
  return out;
}

function onTmpfs(): string | null {
  try {
    if (statfsSync('/dev/shm').type !== TMPFS_MAGIC) return null;
    return mkdtempSync('/dev/shm/nodeling-memory-test-');
  } catch {
    return null;
  }
}

/** Where the real tmpfs twin of each scenario lives; null (compare bytes and size only) without one. */
const shm = onTmpfs();

/** Runs the backend's idle work to its end, as a kernel with no calls to serve would. */
function idleUntilDone(fs: MemoryBackend): number {
  let steps = 1;
  while (fs.idle()) steps++;
  return steps;
}

for (const [name, ops] of scenarios) for (const idle of [false, true]) {
  test(`[kernel memory] ${name}${idle ? ', with idle work between writes' : ''}: same bytes, size and st_blocks as tmpfs`, () => {
    const { fs, file } = regularFile();
    let model = new Uint8Array(0);
    const real = shm === null ? -1 : openSync(join(shm, name.replace(/\W+/g, '-')), 'w+');
    try {
      ops.forEach((op, n) => {
        if (op[0] === 'w') {
          const [, at, length] = op;
          const src = pattern(n, length + 6);
          assert.equal(file.write(src, 3, length, at), length);
          if (real !== -1) writeSync(real, src, 3, length, at);
          if (at + length > model.length) {
            const grown = new Uint8Array(at + length);
            grown.set(model);
            model = grown;
          }
          model.set(src.subarray(3, 3 + length), at);
        } else {
          assert.equal(file.setattr({ size: op[1] }), 0);
          if (real !== -1) ftruncateSync(real, op[1]);
          const resized = new Uint8Array(op[1]);
          resized.set(model.subarray(0, op[1]));
          model = resized;
        }
        assert.equal(attr(file).size, model.length);
        if (idle) idleUntilDone(fs);
        if (real !== -1) assert.equal(attr(file).blocks, fstatSync(real).blocks, `st_blocks after op ${n}`);
      });
      for (const step of [model.length || 1, 64 * KiB, 256 * KiB + 3, 4093]) {
        assert.ok(Buffer.from(readBack(file, step)).equals(Buffer.from(model)), `read back in ${step}-byte pieces`);
      }
      if (real !== -1) {
        const back = new Uint8Array(model.length);
        readSync(real, back, 0, back.length, 0);
        assert.ok(Buffer.from(back).equals(Buffer.from(model)));
      }
    } finally {
      if (real !== -1) closeSync(real);
    }
  });
}

after(() => {
  if (shm !== null) rmSync(shm, { recursive: true, force: true });
});

test('[kernel memory] idle work prepares only as many blocks as writes took, at most four', () => {
  const { fs, file } = regularFile();
  assert.equal(fs.idle(), false, 'nothing to do before any write');
  const pagesPerBlock = 256 * KiB / 4096;
  // One whole block taken: a block's pages, 8 per step, are touched and then the work is done.
  assert.equal(file.write(new Uint8Array(256 * KiB), 0, 256 * KiB, 256 * KiB), 256 * KiB);
  assert.equal(idleUntilDone(fs), pagesPerBlock / 8);
  assert.equal(fs.idle(), false);
  // Ten blocks taken (the reserve gave one of them): the reserve refills to four, no more.
  assert.equal(file.write(new Uint8Array(10 * 256 * KiB), 0, 10 * 256 * KiB, 512 * KiB), 10 * 256 * KiB);
  assert.equal(idleUntilDone(fs), 4 * pagesPerBlock / 8);
  const bytes = readBack(file, MiB);
  assert.ok(bytes.every((b) => b === 0));
});

test('[kernel memory] blocks from the reserve read as zeros where nothing was written', () => {
  const { fs, file } = regularFile();
  for (let i = 0; i < 4; i++) {
    file.write(new Uint8Array(256 * KiB).fill(0xaa), 0, 256 * KiB, i * 256 * KiB);
    idleUntilDone(fs);
  }
  // A write of one byte into each of four reserve blocks; the rest of each block is a hole's zeros.
  for (let i = 4; i < 8; i++) file.write(new Uint8Array([7]), 0, 1, i * 256 * KiB + 100);
  const bytes = readBack(file, 64 * KiB);
  for (let i = 4; i < 8; i++) {
    const block = bytes.subarray(i * 256 * KiB, Math.min((i + 1) * 256 * KiB, bytes.length));
    assert.equal(block.reduce((n, b) => n + (b === 0 ? 0 : 1), 0), 1, `block ${i}`);
  }
});

test('[kernel memory] write copies its source and keeps no reference to it', () => {
  const { file } = regularFile();
  for (const length of [10, 4 * KiB, 300 * KiB]) {
    const src = new Uint8Array(length).fill(1);
    assert.equal(file.write(src, 0, length, 0), length);
    src.fill(2);
    const dst = new Uint8Array(length);
    file.read(dst, 0, length, 0);
    assert.ok(dst.every((b) => b === 1), `${length} bytes`);
  }
});

test('[kernel memory] reads past the end return what is left, then nothing', () => {
  const { file } = regularFile();
  file.write(pattern(0, 300 * KiB), 0, 300 * KiB, 0);
  const dst = new Uint8Array(100 * KiB);
  assert.equal(file.read(dst, 0, dst.length, 250 * KiB), 50 * KiB);
  assert.equal(file.read(dst, 0, dst.length, 300 * KiB), 0);
  assert.equal(file.read(dst, 0, dst.length, 5 * MiB), 0);
});

test('[kernel memory] a zero-length write changes neither size nor times, as on Linux', () => {
  let t = 1000;
  const fs = new MemoryBackend({ now: () => t });
  const node = fs.create(fs.root, 'f', { mode: S_IFREG | 0o644, uid: 0, gid: 0 });
  const file = fs.open(node as Exclude<typeof node, number>, 0);
  t = 5000;
  assert.equal(file.write(new Uint8Array(4), 0, 0, 100), 0);
  assert.deepEqual([attr(file).size, attr(file).mtimeSec, attr(file).blocks], [0, 1, 0]);
});

test('[kernel memory] a file may not pass 4 GiB', () => {
  const { file } = regularFile();
  assert.equal(file.write(new Uint8Array(8), 0, 8, 2 ** 32 - 4), -EFBIG);
  assert.equal(file.setattr({ size: 2 ** 32 + 1 }), EFBIG);
  assert.equal(file.write(new Uint8Array(8), 0, 4, 2 ** 32 - 4), 4);
  assert.deepEqual([attr(file).size, attr(file).blocks], [2 ** 32, 8]);
  const dst = new Uint8Array(8).fill(9);
  assert.equal(file.read(dst, 0, 8, 2 ** 32 - 6), 6);
  assert.deepEqual([...dst], [0, 0, 0, 0, 0, 0, 9, 9]);
});

test('[kernel memory] a directory is neither read nor written as a file', () => {
  const fs = new MemoryBackend();
  const dir = fs.create(fs.root, 'd', { mode: S_IFDIR | 0o755, uid: 0, gid: 0 });
  const file = fs.open(dir as Exclude<typeof dir, number>, 0);
  assert.equal(file.write(new Uint8Array(1), 0, 1, 0), -EISDIR);
  assert.equal(file.read(new Uint8Array(1), 0, 1, 0), -EISDIR);
  assert.equal(file.setattr({ size: 0 }), EISDIR);
});
