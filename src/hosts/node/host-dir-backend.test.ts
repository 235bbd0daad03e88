// Node host tests: the VFS behaviour table on a real directory, and what only a real directory
// shows (changes on disk at once, real errnos, mounting it beside the memory filesystem).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Vfs } from '../../kernel/fs/vfs.js';
import { O_CREAT, O_RDONLY, O_WRONLY, type StatResult } from '../../kernel/fs/inode.js';
import { Ctx, ROOT, code, readAll, runTable, val } from '../../kernel/fs/vfs-table.test.js';
import { HostDirBackend } from './host-dir-backend.js';

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeling-hostdir-'));
after(() => fs.rmSync(base, { recursive: true, force: true }));

let n = 0;
function freshDir(): string {
  const dir = path.join(base, String(n++));
  fs.mkdirSync(dir);
  fs.chmodSync(dir, 0o755);
  return dir;
}

const hostRoot = typeof process.getuid === 'function' && process.getuid() === 0;
runTable('host-dir', () => new Vfs({ now: Date.now, root: new HostDirBackend(freshDir()) }), { hostRoot });

test('[vfs host-dir] changes are on disk at once', () => {
  const dir = freshDir();
  const vfs = new Vfs({ now: Date.now, root: new HostDirBackend(dir) });
  const f = vfs.open('/', '/a.txt', O_CREAT | O_WRONLY, 0o640, ROOT, 0);
  assert.ok(typeof f !== 'number');
  f.write(new TextEncoder().encode('hello'), 0, 5, null);
  assert.equal(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), 'hello');
  assert.equal(fs.statSync(path.join(dir, 'a.txt')).mode & 0o777, 0o640);
  f.close();
  assert.equal(vfs.mkdir('/', '/sub', 0o700, ROOT, 0), 0);
  assert.equal(vfs.rename('/', '/a.txt', '/sub/b.txt', ROOT), 0);
  assert.deepEqual(fs.readdirSync(path.join(dir, 'sub')), ['b.txt']);
});

test('[vfs host-dir] stat matches the real file', () => {
  const dir = freshDir();
  fs.writeFileSync(path.join(dir, 'x'), 'abc');
  const vfs = new Vfs({ now: Date.now, root: new HostDirBackend(dir) });
  const real = fs.statSync(path.join(dir, 'x'), { bigint: true });
  const s = vfs.stat('/', '/x', ROOT, true) as StatResult;
  assert.deepEqual([s.ino, s.size, s.mode, s.mtimeSec * 1e9 + s.mtimeNsec], [Number(real.ino), 3, Number(real.mode), Number(real.mtimeNs)]);
});

test('[vfs host-dir] files made outside show up inside', () => {
  const dir = freshDir();
  const vfs = new Vfs({ now: Date.now, root: new HostDirBackend(dir) });
  fs.mkdirSync(path.join(dir, 'late'));
  fs.writeFileSync(path.join(dir, 'late', 'f'), 'outside');
  assert.equal(new Ctx(vfs, ROOT, '/').text('/late/f'), 'outside');
});

test('[vfs host-dir] mounted beside the memory filesystem', () => {
  const dir = freshDir();
  const vfs = new Vfs({ now: Date.now });
  const t = new Ctx(vfs, ROOT, '/');
  vfs.mkdir('/', '/mnt', 0o755, ROOT, 0);
  assert.equal(vfs.mount('/mnt', new HostDirBackend(dir)), 0);
  t.write('/mnt/on-disk', 'yes');
  t.write('/in-memory', 'no');
  assert.equal(fs.readFileSync(path.join(dir, 'on-disk'), 'utf8'), 'yes');
  assert.equal(code(vfs.rename('/', '/in-memory', '/mnt/x', ROOT)), 'EXDEV');
  assert.equal(code(vfs.link('/', '/mnt/on-disk', '/l', ROOT)), 'EXDEV');
  assert.notEqual((t.st('/') as StatResult).dev, (t.st('/mnt') as StatResult).dev);
  assert.equal(vfs.realpath('/mnt', '..', ROOT), '/');
  assert.equal(val(vfs.open('/mnt', 'on-disk', O_RDONLY, 0, ROOT, 0), readAll), 'yes');
});

test('[vfs host-dir] errnos come from the real errors', () => {
  const dir = freshDir();
  const backend = new HostDirBackend(dir);
  assert.equal(backend.getattr('missing'), 2);
  assert.equal(backend.rmdir('', 'missing'), 2);
  fs.mkdirSync(path.join(dir, 'full'));
  fs.writeFileSync(path.join(dir, 'full', 'f'), '');
  assert.equal(backend.rmdir('', 'full'), 39);
});

test('[vfs host-dir] an open file stats what was written since, through another descriptor', () => {
  const dir = freshDir();
  fs.writeFileSync(path.join(dir, 'grow'), 'abc');
  const vfs = new Vfs({ now: Date.now, root: new HostDirBackend(dir) });
  const reader = vfs.open('/', '/grow', O_RDONLY, 0, ROOT, 0);
  const writer = vfs.open('/', '/grow', O_WRONLY, 0, ROOT, 0);
  assert.ok(typeof reader !== 'number' && typeof writer !== 'number');
  assert.equal(writer.write(new TextEncoder().encode('abcdefgh'), 0, 8, 0), 8);
  assert.equal((reader.stat() as StatResult).size, 8);
  reader.close();
  writer.close();
});
