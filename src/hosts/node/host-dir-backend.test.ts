// Node host tests: the VFS behaviour table on a real directory, and what only a real directory
// shows (changes on disk at once, real errnos, mounting it beside the memory filesystem).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { Vfs } from '../../kernel/fs/vfs.js';
import { O_CREAT, O_RDONLY, O_WRONLY, type StatResult } from '../../kernel/fs/inode.js';
import { Ctx, ROOT, USER, code, readAll, runTable, val } from '../../kernel/fs/vfs-table.test.js';
import { HostDirBackend, LOCAL_FS_TYPES } from './host-dir-backend.js';

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

function spin(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

test('[vfs host-dir] a directory\'s attributes stand for at most a millisecond', () => {
  const dir = freshDir();
  fs.mkdirSync(path.join(dir, 'd1'), 0o755);
  fs.mkdirSync(path.join(dir, 'd2'), 0o755);
  const vfs = new Vfs({ now: Date.now, root: new HostDirBackend(dir) });
  const mode = (p: string): number => (vfs.stat('/', p, ROOT, true) as StatResult).mode & 0o777;
  assert.deepEqual([mode('/d1'), mode('/d2')], [0o755, 0o755]);
  spin(0.7);
  assert.equal(mode('/d2/.'), 0o755, 'd2 read again late in the first period');
  fs.chmodSync(path.join(dir, 'd1'), 0o700);
  fs.chmodSync(path.join(dir, 'd2'), 0o711);
  spin(1.2);
  assert.deepEqual([mode('/d1'), mode('/d2')], [0o700, 0o711]);
  spin(2.5);
  fs.chmodSync(path.join(dir, 'd1'), 0o750);
  spin(1.2);
  assert.equal(mode('/d1'), 0o750);
});

test('[vfs host-dir] resolve, openResolved and resolveBeside on a real directory', () => {
  const dir = freshDir();
  fs.mkdirSync(path.join(dir, 'real'));
  fs.writeFileSync(path.join(dir, 'real', 'm.js'), 'module');
  fs.writeFileSync(path.join(dir, 'real', 'package.json'), '{}');
  fs.symlinkSync('real/m.js', path.join(dir, 'link.js'));
  const vfs = new Vfs({ now: Date.now, root: new HostDirBackend(dir) });
  const r = vfs.resolve('/', '/link.js', ROOT);
  assert.ok(typeof r !== 'number');
  assert.deepEqual([r.path, r.mode], ['/real/m.js', Number(fs.statSync(path.join(dir, 'real', 'm.js')).mode)]);
  assert.equal(val(vfs.openResolved(r, O_RDONLY, ROOT), (f) => readAll(f)), 'module');
  assert.equal(val(vfs.resolveBeside(r, 'package.json', ROOT), (b) => b.path), '/real/package.json');
  assert.equal(val(vfs.resolveBeside(r, 'none.json', ROOT), (b) => b.path), 'ENOENT');
  assert.equal(val(vfs.resolve('/', '/link.js/', ROOT), (b) => b.path), 'ENOTDIR');
});

// The content and listing caches keep a node only once its ctime is 100 ms old (SETTLE_MS), and
// only on a local filesystem: where the test directory is not on one, nothing may be kept.
const LOCAL = process.platform === 'linux' && LOCAL_FS_TYPES.has(fs.statfsSync(base).type);

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** A whole-file read as the readFile syscall makes it: 'kept:' when the content came from the cache. */
function readWhole(vfs: Vfs, file: string, cred = ROOT): string | number {
  const r = vfs.openWhole('/', file, O_RDONLY, cred, 0o022);
  if (typeof r === 'number') return code(r);
  if (r instanceof Uint8Array) return 'kept:' + new TextDecoder().decode(r);
  const st = r.stat() as StatResult;
  const bytes = new Uint8Array(st.size);
  const n = r.read(bytes, 0, st.size, null);
  r.close();
  return new TextDecoder().decode(bytes.subarray(0, n));
}

test('[vfs host-dir] a settled file read again comes from the content cache', () => {
  const dir = freshDir();
  fs.writeFileSync(path.join(dir, 'conf'), 'version 1');
  const vfs = new Vfs({ now: Date.now, root: new HostDirBackend(dir) });
  sleep(120);
  assert.equal(readWhole(vfs, '/conf'), 'version 1');
  assert.equal(readWhole(vfs, '/conf'), LOCAL ? 'kept:version 1' : 'version 1');
  assert.equal(readWhole(vfs, '/conf/'), 'ENOTDIR');
  fs.chmodSync(path.join(dir, 'conf'), 0o600);
  sleep(120);
  assert.equal(readWhole(vfs, '/conf'), 'version 1');
  assert.equal(readWhole(vfs, '/conf', USER), hostRoot ? 'EACCES' : 'version 1');
});

test('[vfs host-dir] a change from outside shows at once, even one that keeps the size', () => {
  const dir = freshDir();
  const file = path.join(dir, 'f');
  fs.writeFileSync(file, 'aaaa');
  const vfs = new Vfs({ now: Date.now, root: new HostDirBackend(dir) });
  sleep(120);
  readWhole(vfs, '/f');
  assert.equal(readWhole(vfs, '/f'), LOCAL ? 'kept:aaaa' : 'aaaa');
  fs.writeFileSync(file, 'bbbb');
  assert.equal(readWhole(vfs, '/f'), 'bbbb');
  fs.writeFileSync(path.join(dir, 'g'), 'cccc');
  fs.renameSync(path.join(dir, 'g'), file);
  assert.equal(readWhole(vfs, '/f'), 'cccc');
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, 'd', 0);
  assert.equal(readWhole(vfs, '/f'), 'dccc');
  fs.closeSync(fd);
});

test('[vfs host-dir] writes through nodeling reach a kept file', () => {
  const dir = freshDir();
  fs.writeFileSync(path.join(dir, 'f'), 'one');
  const vfs = new Vfs({ now: Date.now, root: new HostDirBackend(dir) });
  sleep(120);
  readWhole(vfs, '/f');
  assert.equal(readWhole(vfs, '/f'), LOCAL ? 'kept:one' : 'one');
  new Ctx(vfs, ROOT, '/').write('/f', 'two');
  assert.equal(readWhole(vfs, '/f'), 'two');
  assert.equal(vfs.truncate('/', '/f', 1, ROOT), 0);
  assert.equal(readWhole(vfs, '/f'), 't');
});

test('[vfs host-dir] a file changed within the last 100 ms is not kept', () => {
  const dir = freshDir();
  fs.writeFileSync(path.join(dir, 'fresh'), 'new');
  const vfs = new Vfs({ now: Date.now, root: new HostDirBackend(dir) });
  assert.equal(readWhole(vfs, '/fresh'), 'new');
  assert.equal(readWhole(vfs, '/fresh'), 'new');
});

test('[vfs host-dir] the content cache keeps small files only, and 8 MiB in all', () => {
  const dir = freshDir();
  const big = Buffer.alloc(64 * 1024 + 1, 'b');
  const piece = Buffer.alloc(64 * 1024, 'p');
  fs.writeFileSync(path.join(dir, 'big'), big);
  for (let i = 0; i < 130; i++) fs.writeFileSync(path.join(dir, 'p' + i), piece);
  const backend = new HostDirBackend(dir);
  const vfs = new Vfs({ now: Date.now, root: backend });
  sleep(120);
  const kept = (node: string): boolean => backend.cachedContent(node, backend.getattr(node) as never) !== undefined;
  readWhole(vfs, '/big');
  assert.equal(kept('big'), false);
  for (let i = 0; i < 130; i++) readWhole(vfs, '/p' + i);
  // 128 pieces of 64 KiB fill 8 MiB: the two read first have made room for the last two.
  assert.deepEqual([kept('p0'), kept('p1'), kept('p2'), kept('p129')], LOCAL ? [false, false, true, true] : [false, false, false, false]);
});

const sorted = (names: string[]): string[] => [...names].sort();

/** How many real directory listings `f` made. */
function hostListings(f: () => void): number {
  const real = fs.readdirSync;
  let calls = 0;
  const hostFs = createRequire(import.meta.url)('node:fs') as typeof fs;
  hostFs.readdirSync = ((...args: Parameters<typeof real>) => {
    calls++;
    return real(...args);
  }) as typeof real;
  syncBuiltinESMExports();
  try {
    f();
  } finally {
    hostFs.readdirSync = real;
    syncBuiltinESMExports();
  }
  return calls;
}

test('[vfs host-dir] a settled directory listed again comes from the listing cache', () => {
  const dir = freshDir();
  for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(dir, 'e' + i), '');
  fs.mkdirSync(path.join(dir, 'fresh'));
  const vfs = new Vfs({ now: Date.now, root: new HostDirBackend(dir) });
  const count = (p: string): unknown => val(vfs.readdir('/', p, ROOT), (r) => r.length);
  sleep(120);
  fs.writeFileSync(path.join(dir, 'fresh', 'f'), '');
  assert.equal(hostListings(() => assert.deepEqual([count('/'), count('/'), count('/')], [41, 41, 41])), LOCAL ? 1 : 3);
  assert.equal(hostListings(() => assert.deepEqual([count('/fresh'), count('/fresh')], [1, 1])), 2);
});

test('[vfs host-dir] a kept listing shows every change at once', () => {
  const dir = freshDir();
  fs.writeFileSync(path.join(dir, 'a'), '');
  fs.mkdirSync(path.join(dir, 'sub'));
  const backend = new HostDirBackend(dir);
  const vfs = new Vfs({ now: Date.now, root: backend });
  const names = (p: string): unknown => val(vfs.readdir('/', p, ROOT), (r) => sorted(r.map((e) => e.name + ':' + e.type)));
  sleep(120);
  names('/');
  assert.deepEqual(names('/'), ['a:8', 'sub:4']);
  fs.writeFileSync(path.join(dir, 'b'), '');
  assert.deepEqual(names('/'), ['a:8', 'b:8', 'sub:4']);
  sleep(120);
  names('/');
  fs.unlinkSync(path.join(dir, 'a'));
  fs.mkdirSync(path.join(dir, 'a'));
  assert.deepEqual(names('/'), ['a:4', 'b:8', 'sub:4']);
  sleep(120);
  names('/');
  fs.renameSync(path.join(dir, 'b'), path.join(dir, 'sub', 'b'));
  assert.deepEqual([names('/'), names('/sub')], [['a:4', 'sub:4'], ['b:8']]);
  sleep(120);
  names('/sub');
  assert.equal(vfs.unlink('/', '/sub/b', ROOT), 0);
  assert.deepEqual(names('/sub'), []);
  fs.rmdirSync(path.join(dir, 'sub'));
  assert.deepEqual(names('/sub'), 'ENOENT');
});
