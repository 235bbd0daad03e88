// Node host tests: copying a real directory tree into the in-memory filesystem (`run --memfs`):
// what is copied (contents, types, modes, owners, times, hard links) and the size limits.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Vfs, type StatResult } from '../../kernel/fs/vfs.js';
import { ROOT } from '../../kernel/fs/vfs-table.test.js';
import { HostSetupError, copyTreeIntoMemory } from './memfs-copy.js';

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeling-memfs-copy-'));
after(() => fs.rmSync(base, { recursive: true, force: true }));

let n = 0;
/** A host tree: dir/{a.txt (0640), run.sh (0755), sub/{deep.bin}, link -> a.txt, hard = a.txt, empty/}. */
function hostTree(): string {
  const dir = path.join(base, String(n++));
  fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'empty'));
  fs.writeFileSync(path.join(dir, 'a.txt'), 'hello');
  fs.chmodSync(path.join(dir, 'a.txt'), 0o640);
  fs.writeFileSync(path.join(dir, 'run.sh'), '#!/bin/sh\n');
  fs.chmodSync(path.join(dir, 'run.sh'), 0o755);
  fs.writeFileSync(path.join(dir, 'sub', 'deep.bin'), new Uint8Array([0, 1, 2, 255]));
  fs.symlinkSync('a.txt', path.join(dir, 'link'));
  fs.linkSync(path.join(dir, 'a.txt'), path.join(dir, 'hard'));
  fs.utimesSync(path.join(dir, 'sub', 'deep.bin'), 1_000_000, 1_500_000.25);
  fs.chmodSync(path.join(dir, 'sub'), 0o750);
  fs.utimesSync(path.join(dir, 'sub'), 2_000_000, 2_500_000);
  return dir;
}

function memVfs(at: string): Vfs {
  const vfs = new Vfs({ now: Date.now });
  let p = '';
  for (const part of at.split('/').filter(Boolean)) assert.equal(vfs.mkdir('/', p += `/${part}`, 0o755, ROOT, 0), 0);
  return vfs;
}

function readAll(vfs: Vfs, p: string): Uint8Array {
  const f = vfs.open('/', p, 0, 0, ROOT, 0);
  assert.notEqual(typeof f, 'number', `open ${p}`);
  const file = f as Exclude<typeof f, number>;
  const buf = new Uint8Array(64);
  const n = file.read(buf, 0, buf.length, 0);
  file.close();
  return buf.subarray(0, n);
}

function stat(vfs: Vfs, p: string, follow = true): StatResult {
  const st = vfs.stat('/', p, ROOT, follow);
  assert.notEqual(typeof st, 'number', `stat ${p}`);
  return st as StatResult;
}

test('[memfs-copy] copies contents, types, modes and owners at the same path', () => {
  const dir = hostTree();
  const vfs = memVfs('/w/app');
  copyTreeIntoMemory(vfs, dir, '/w/app');
  const names = (vfs.readdir('/', '/w/app', ROOT) as { name: string }[]).map((e) => e.name).sort();
  assert.deepEqual(names, fs.readdirSync(dir).sort());
  for (const name of ['a.txt', 'run.sh', 'sub', 'sub/deep.bin', 'empty', 'link', 'hard']) {
    const host = fs.lstatSync(path.join(dir, name));
    const mem = stat(vfs, `/w/app/${name}`, false);
    assert.equal(mem.mode, host.mode, `${name} mode`);
    assert.equal(mem.uid, host.uid, `${name} uid`);
    assert.equal(mem.gid, host.gid, `${name} gid`);
    if (!host.isDirectory()) assert.equal(mem.size, host.size, `${name} size`);
  }
  assert.equal(new TextDecoder().decode(readAll(vfs, '/w/app/a.txt')), 'hello');
  assert.deepEqual([...readAll(vfs, '/w/app/sub/deep.bin')], [0, 1, 2, 255]);
  assert.equal(vfs.readlink('/', '/w/app/link', ROOT), 'a.txt');
  assert.equal(new TextDecoder().decode(readAll(vfs, '/w/app/link')), 'hello');
});

test('[memfs-copy] keeps hard links shared and times as on the host', () => {
  const dir = hostTree();
  const host = fs.statSync(path.join(dir, 'sub', 'deep.bin'));
  const vfs = memVfs('/w');
  copyTreeIntoMemory(vfs, dir, '/w');
  const a = stat(vfs, '/w/a.txt');
  const hard = stat(vfs, '/w/hard');
  assert.equal(a.ino, hard.ino);
  assert.equal(a.nlink, 2);
  // The times before the copy: reading the host file for it moves the host's atime on.
  const mem = stat(vfs, '/w/sub/deep.bin');
  assert.equal(mem.mtimeMs, host.mtimeMs);
  assert.equal(mem.atimeMs, host.atimeMs);
  // A directory's times are set after its entries are created, so they survive the copy.
  assert.equal(stat(vfs, '/w/sub').mtimeMs, fs.statSync(path.join(dir, 'sub')).mtimeMs);
  assert.equal(stat(vfs, '/w').mode, fs.statSync(dir).mode);
});

test('[memfs-copy] writes to the copy never reach the host', () => {
  const dir = hostTree();
  const vfs = memVfs('/w');
  copyTreeIntoMemory(vfs, dir, '/w');
  assert.equal(vfs.unlink('/', '/w/a.txt', ROOT), 0);
  assert.equal(vfs.mkdir('/', '/w/new', 0o755, ROOT, 0), 0);
  assert.equal(fs.existsSync(path.join(dir, 'a.txt')), true);
  assert.equal(fs.existsSync(path.join(dir, 'new')), false);
});

test('[memfs-copy] refuses a tree over the byte or entry limit with a clear error', () => {
  const dir = hostTree();
  assert.throws(() => copyTreeIntoMemory(memVfs('/w'), dir, '/w', { maxBytes: 8, maxEntries: 100 }),
    (e: unknown) => e instanceof HostSetupError && /more than 8 bytes/.test(e.message));
  assert.throws(() => copyTreeIntoMemory(memVfs('/w'), dir, '/w', { maxBytes: 1 << 20, maxEntries: 3 }),
    (e: unknown) => e instanceof HostSetupError && /more than 3 entries/.test(e.message));
  assert.throws(() => copyTreeIntoMemory(memVfs('/w'), path.join(dir, 'missing'), '/w'),
    (e: unknown) => e instanceof HostSetupError && /cannot copy .*missing into memory: ENOENT/.test(e.message));
});
