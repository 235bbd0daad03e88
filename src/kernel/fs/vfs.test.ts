// Kernel layer tests: the behaviour table on the memory backend, plus what only the memory
// backend can show exactly (timestamps from a fake clock, creation order) and VFS-wide features:
// mounts, devices, the standard tree, watchers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Vfs } from './vfs.js';
import { MemoryBackend } from './backends/memory.js';
import { createStandardTree, DEV_NULL } from './standard-tree.js';
import {
  DT_DIR, DT_REG, O_CREAT, O_RDONLY, O_RDWR, O_WRONLY, S_IFCHR, S_IFMT, makedev, type StatResult,
} from './inode.js';
import { Ctx, ROOT, USER, code, readAll, runTable, val } from './vfs-table.test.js';

const enc = new TextEncoder();

function fakeClock(): { now(): number; advance(ms: number): void } {
  let t = 1700000000000.5;
  return { now: () => t, advance: (ms) => { t += ms; } };
}

runTable('memory', () => new Vfs({ now: fakeClock().now }));

function times(s: StatResult | number): number[] {
  assert.equal(typeof s, 'object');
  const st = s as StatResult;
  return [st.atimeMs, st.mtimeMs, st.ctimeMs, st.birthtimeMs];
}

test('[vfs memory] a new file has all four times set to now, with sub-ms precision', () => {
  const clock = fakeClock();
  const vfs = new Vfs(clock);
  const t = new Ctx(vfs, ROOT, '/');
  t.write('/f', 'x');
  assert.deepEqual(times(t.st('/f')), [1700000000000.5, 1700000000000.5, 1700000000000.5, 1700000000000.5]);
  const s = t.st('/f') as StatResult;
  assert.deepEqual([s.atimeSec, s.atimeNsec], [1700000000, 500000]);
});

test('[vfs memory] write updates mtime and ctime only', () => {
  const clock = fakeClock();
  const vfs = new Vfs(clock);
  const t = new Ctx(vfs, ROOT, '/');
  t.write('/f', 'x');
  const base = clock.now();
  clock.advance(1000);
  const f = vfs.open('/', '/f', O_WRONLY, 0, ROOT, 0);
  assert.ok(typeof f !== 'number');
  f.write(enc.encode('yy'), 0, 2, null);
  assert.deepEqual(times(t.st('/f')), [base, base + 1000, base + 1000, base]);
});

test('[vfs memory] chmod updates ctime only', () => {
  const clock = fakeClock();
  const vfs = new Vfs(clock);
  const t = new Ctx(vfs, ROOT, '/');
  t.write('/f', 'x');
  const base = clock.now();
  clock.advance(5);
  vfs.chmod('/', '/f', 0o600, ROOT, true);
  assert.deepEqual(times(t.st('/f')), [base, base, base + 5, base]);
});

test('[vfs memory] reads update atime the relatime way', () => {
  const clock = fakeClock();
  const vfs = new Vfs(clock);
  const t = new Ctx(vfs, ROOT, '/');
  t.write('/f', 'x');
  const base = clock.now();
  clock.advance(10);
  t.text('/f');
  assert.equal((t.st('/f') as StatResult).atimeMs, base + 10, 'atime not newer than mtime: updated');
  clock.advance(10);
  t.text('/f');
  assert.equal((t.st('/f') as StatResult).atimeMs, base + 10, 'atime already newer: kept');
  clock.advance(86400 * 1000 + 1);
  t.text('/f');
  assert.equal((t.st('/f') as StatResult).atimeMs, clock.now(), 'more than a day old: updated');
});

test('[vfs memory] creating and removing entries updates the directory mtime and ctime', () => {
  const clock = fakeClock();
  const vfs = new Vfs(clock);
  const t = new Ctx(vfs, ROOT, '/');
  vfs.mkdir('/', '/d', 0o755, ROOT, 0);
  clock.advance(7);
  t.write('/d/f', '');
  assert.deepEqual(times(t.st('/d')).slice(1, 3), [clock.now(), clock.now()]);
  clock.advance(7);
  vfs.unlink('/', '/d/f', ROOT);
  assert.deepEqual(times(t.st('/d')).slice(1, 3), [clock.now(), clock.now()]);
});

test('[vfs memory] truncate and O_TRUNC update mtime', () => {
  const clock = fakeClock();
  const vfs = new Vfs(clock);
  const t = new Ctx(vfs, ROOT, '/');
  t.write('/f', 'abc');
  clock.advance(3);
  vfs.truncate('/', '/f', 1, ROOT);
  assert.equal((t.st('/f') as StatResult).mtimeMs, clock.now());
});

test('[vfs memory] readdir keeps creation order', () => {
  const vfs = new Vfs(fakeClock());
  const t = new Ctx(vfs, ROOT, '/');
  for (const name of ['c', 'a', 'b']) t.write('/' + name, '');
  vfs.mkdir('/', '/0', 0o755, ROOT, 0);
  assert.deepEqual(vfs.readdir('/', '/', ROOT), [
    { name: 'c', type: DT_REG }, { name: 'a', type: DT_REG }, { name: 'b', type: DT_REG }, { name: '0', type: DT_DIR },
  ]);
});

test('[vfs memory] inode numbers are distinct and stable', () => {
  const vfs = new Vfs(fakeClock());
  const t = new Ctx(vfs, ROOT, '/');
  t.write('/a', '');
  t.write('/b', '');
  const a = (t.st('/a') as StatResult).ino;
  assert.notEqual(a, (t.st('/b') as StatResult).ino);
  vfs.rename('/', '/a', '/c', ROOT);
  assert.equal((t.st('/c') as StatResult).ino, a);
});

test('[vfs memory] blocks count whole 4 KiB pages', () => {
  const vfs = new Vfs(fakeClock());
  const t = new Ctx(vfs, ROOT, '/');
  t.write('/f', 'x'.repeat(5000));
  t.write('/e', '');
  assert.deepEqual([(t.st('/f') as StatResult).blocks, (t.st('/e') as StatResult).blocks], [16, 0]);
});

test('[vfs memory] 40 symlinks resolve, 41 are ELOOP', () => {
  const vfs = new Vfs(fakeClock());
  const t = new Ctx(vfs, ROOT, '/');
  t.write('/l0', 'end');
  for (let i = 1; i <= 41; i++) vfs.symlink('/', 'l' + (i - 1), '/l' + i, ROOT);
  assert.equal(t.text('/l40'), 'end');
  assert.equal(val(t.st('/l41'), (s) => s.size), 'ELOOP');
});

test('[vfs memory] a big file grows and reads back intact', () => {
  const vfs = new Vfs(fakeClock());
  const f = vfs.open('/', '/big', O_CREAT | O_RDWR, 0o644, ROOT, 0);
  assert.ok(typeof f !== 'number');
  const chunk = new Uint8Array(65536);
  for (let i = 0; i < 64; i++) {
    chunk.fill(i);
    assert.equal(f.write(chunk, 0, chunk.length, null), chunk.length);
  }
  const st = f.stat() as StatResult;
  assert.deepEqual([st.size, st.blocks], [4 << 20, 8192]);
  const back = new Uint8Array(65536);
  for (let i = 0; i < 64; i++) {
    assert.equal(f.read(back, 0, back.length, i * 65536), back.length);
    assert.ok(back.every((b) => b === i));
  }
});

test('[vfs memory] new entries in a set-group-id directory take its group', () => {
  const vfs = new Vfs(fakeClock());
  vfs.mkdir('/', '/shared', 0o777, ROOT, 0);
  vfs.chmod('/', '/shared', 0o2777, ROOT, true);
  vfs.chown('/', '/shared', 0, 500, ROOT, true);
  const t = new Ctx(vfs, USER, '/');
  t.write('/shared/f', 'x');
  vfs.mkdir('/', '/shared/d', 0o755, USER, 0);
  assert.deepEqual(val(t.st('/shared/f'), (s) => s.gid), 500);
  assert.deepEqual(val(t.st('/shared/d'), (s) => [s.gid, s.mode]), [500, 0o42755]);
});

test('[vfs memory] bad requests get errnos, never exceptions', () => {
  const vfs = new Vfs(fakeClock());
  const t = new Ctx(vfs, ROOT, '/');
  t.write('/f', 'abc');
  const any = (x: unknown) => x as never;
  assert.equal(vfs.stat('/', any(null), ROOT, true), 22);
  assert.equal(vfs.stat(any(undefined), 'f', ROOT, true), 22);
  assert.equal(vfs.stat('relative', 'f', ROOT, true), 22);
  assert.equal(vfs.stat('/', 'a\0b', ROOT, true), 22);
  assert.equal(vfs.open('/', '/f', any(1.5), 0, ROOT, 0), 22);
  assert.equal(vfs.truncate('/', '/f', NaN, ROOT), -22);
  assert.equal(vfs.chmod('/', '/f', any('x'), ROOT, true), -22);
  assert.equal(vfs.utimes('/', '/f', NaN, 0, ROOT, true), -22);
  const f = vfs.open('/', '/f', O_RDWR, 0, ROOT, 0);
  assert.ok(typeof f !== 'number');
  assert.equal(f.read(new Uint8Array(4), -1, 2, null), -22);
  assert.equal(f.read(any([1, 2]), 0, 2, null), -22);
  assert.equal(f.write(new Uint8Array(4), 0, 2, -5), -22);
  assert.equal(f.truncate(-3), -22);
  assert.equal(vfs.watch('/', '/f', ROOT, false, any(null)), 22);
});

test('[vfs mount] a mounted filesystem has its own dev and contents', () => {
  const clock = fakeClock();
  const vfs = new Vfs(clock);
  const t = new Ctx(vfs, ROOT, '/');
  vfs.mkdir('/', '/mnt', 0o755, ROOT, 0);
  t.write('/mnt/hidden', 'under');
  assert.equal(vfs.mount('/mnt', new MemoryBackend()), 0);
  const rootDev = (t.st('/') as StatResult).dev;
  const mntDev = (t.st('/mnt') as StatResult).dev;
  assert.notEqual(rootDev, mntDev);
  assert.equal(val(t.st('/mnt/hidden'), (s) => s), 'ENOENT');
  t.write('/mnt/f', 'on mount');
  assert.equal((t.st('/mnt/f') as StatResult).dev, mntDev);
  assert.equal(t.text('/mnt/f'), 'on mount');
  assert.deepEqual(val(vfs.readdir('/', '/mnt', ROOT), (e) => e.map((x) => x.name)), ['f']);
  assert.equal(vfs.unmount('/mnt'), 0);
  assert.equal(t.text('/mnt/hidden'), 'under');
});

test('[vfs mount] .. from a mount root goes to the parent filesystem', () => {
  const vfs = new Vfs(fakeClock());
  const t = new Ctx(vfs, ROOT, '/');
  vfs.mkdir('/', '/a', 0o755, ROOT, 0);
  vfs.mkdir('/', '/a/mnt', 0o755, ROOT, 0);
  t.write('/a/sibling', 's');
  vfs.mount('/a/mnt', new MemoryBackend());
  assert.equal(t.text('/a/mnt/../sibling'), 's');
  assert.equal(vfs.realpath('/a/mnt', '..', ROOT), '/a');
  assert.equal(val(vfs.open('/a/mnt', '../sibling', O_RDONLY, 0, ROOT, 0), readAll), 's');
});

test('[vfs mount] EXDEV for rename and link across mounts, EBUSY on the mount point', () => {
  const vfs = new Vfs(fakeClock());
  const t = new Ctx(vfs, ROOT, '/');
  vfs.mkdir('/', '/mnt', 0o755, ROOT, 0);
  vfs.mount('/mnt', new MemoryBackend());
  t.write('/f', 'x');
  vfs.mkdir('/', '/mnt/d', 0o755, ROOT, 0);
  assert.equal(code(vfs.rename('/', '/f', '/mnt/f', ROOT)), 'EXDEV');
  assert.equal(code(vfs.rename('/', '/mnt/d', '/d', ROOT)), 'EXDEV');
  assert.equal(code(vfs.link('/', '/f', '/mnt/f', ROOT)), 'EXDEV');
  assert.equal(code(vfs.rmdir('/', '/mnt', ROOT)), 'EBUSY');
  assert.equal(code(vfs.rename('/', '/mnt', '/elsewhere', ROOT)), 'EBUSY');
  assert.equal(code(vfs.rename('/', '/mnt/d', '/mnt/e', ROOT)), 'ok');
});

test('[vfs mount] mount errors', () => {
  const vfs = new Vfs(fakeClock());
  const t = new Ctx(vfs, ROOT, '/');
  t.write('/f', 'x');
  vfs.mkdir('/', '/m', 0o755, ROOT, 0);
  assert.equal(code(vfs.mount('/nope', new MemoryBackend())), 'ENOENT');
  assert.equal(code(vfs.mount('/f', new MemoryBackend())), 'ENOTDIR');
  assert.equal(code(vfs.mount('/', new MemoryBackend())), 'EBUSY');
  assert.equal(code(vfs.mount('/m', new MemoryBackend())), 'ok');
  assert.equal(code(vfs.mount('/m', new MemoryBackend())), 'EBUSY');
  assert.equal(code(vfs.unmount('/')), 'EINVAL');
});

test('[vfs mount] symlinks cross mounts both ways', () => {
  const vfs = new Vfs(fakeClock());
  const t = new Ctx(vfs, ROOT, '/');
  vfs.mkdir('/', '/mnt', 0o755, ROOT, 0);
  vfs.mount('/mnt', new MemoryBackend());
  t.write('/top', 'top');
  vfs.symlink('/', '/top', '/mnt/up', ROOT);
  vfs.symlink('/', '../top', '/mnt/relup', ROOT);
  t.write('/mnt/inner', 'inner');
  vfs.symlink('/', 'mnt/inner', '/down', ROOT);
  assert.deepEqual([t.text('/mnt/up'), t.text('/mnt/relup'), t.text('/down')], ['top', 'top', 'inner']);
  assert.equal(vfs.realpath('/', '/down', ROOT), '/mnt/inner');
});

test('[vfs tree] the standard tree', () => {
  const vfs = new Vfs(fakeClock());
  assert.equal(createStandardTree(vfs), 0);
  const t = new Ctx(vfs, ROOT, '/');
  assert.equal(t.kind('/tmp'), 'd1777');
  assert.deepEqual(val(t.st('/home/user'), (s) => [s.uid, s.gid, s.mode]), [1000, 1000, 0o40755]);
  assert.deepEqual([t.kind('/usr/local/bin/node'), t.text('/usr/local/bin/node')], ['f755', '#!nodeling:node\n']);
  assert.deepEqual([t.kind('/bin/sh'), t.text('/bin/sh')], ['f755', '#!nodeling:sh\n']);
  assert.equal(t.text('/etc/hostname'), 'nodeling\n');
  assert.match(t.text('/etc/passwd') as string, /^root:x:0:0:.*\nuser:x:1000:1000:.*\n$/);
  assert.deepEqual(val(t.st('/dev/null'), (s) => [s.mode & S_IFMT, s.mode & 0o777, s.rdev]), [S_IFCHR, 0o666, DEV_NULL]);
});

test('[vfs devices] /dev/null reads EOF and swallows writes', () => {
  const vfs = new Vfs(fakeClock());
  createStandardTree(vfs);
  const f = vfs.open('/home/user', '/dev/null', O_RDWR, 0, USER, 0o022);
  assert.ok(typeof f !== 'number');
  assert.equal(f.write(enc.encode('gone'), 0, 4, null), 4);
  assert.equal(f.read(new Uint8Array(8), 0, 8, null), 0);
  assert.equal(val(f.stat(), (s) => s.size), 0);
});

test('[vfs devices] a registered device driver receives reads and writes', () => {
  const vfs = new Vfs(fakeClock());
  const got: string[] = [];
  const rdev = makedev(136, 0);
  vfs.registerDevice(rdev, {
    read: (dst, offset) => { dst[offset] = 65; return 1; },
    write: (src, offset, length) => { got.push(new TextDecoder().decode(src.subarray(offset, offset + length))); return length; },
  });
  assert.equal(vfs.mknod('/', '/tty', 0o620, rdev, ROOT, 0), 0);
  const f = vfs.open('/', '/tty', O_RDWR, 0, ROOT, 0);
  assert.ok(typeof f !== 'number');
  f.write(enc.encode('hi'), 0, 2, null);
  const b = new Uint8Array(1);
  assert.equal(f.read(b, 0, 1, null), 1);
  assert.deepEqual([got, b[0]], [['hi'], 65]);
  assert.equal(code(vfs.mknod('/', '/tty2', 0o620, rdev, USER, 0)), 'EPERM');
  vfs.mknod('/', '/orphan', 0o666, makedev(99, 9), ROOT, 0);
  assert.equal(val(vfs.open('/', '/orphan', O_RDONLY, 0, ROOT, 0), (x) => x), 'ENXIO');
});

test('[vfs watch] changes in a watched directory', () => {
  const vfs = new Vfs(fakeClock());
  const t = new Ctx(vfs, ROOT, '/');
  vfs.mkdir('/', '/d', 0o755, ROOT, 0);
  const events: string[] = [];
  const stop = vfs.watch('/', '/d', ROOT, false, (e, name) => events.push(`${e}:${name}`));
  assert.equal(typeof stop, 'function');
  t.write('/d/f', 'x');
  vfs.rename('/', '/d/f', '/d/g', ROOT);
  vfs.chmod('/', '/d/g', 0o600, ROOT, true);
  vfs.unlink('/', '/d/g', ROOT);
  (stop as () => void)();
  t.write('/d/h', 'x');
  assert.deepEqual(events, ['rename:f', 'change:f', 'rename:f', 'rename:g', 'change:g', 'rename:g']);
});

test('[vfs watch] recursive watchers see nested paths; a watched file sees its own changes', () => {
  const vfs = new Vfs(fakeClock());
  const t = new Ctx(vfs, ROOT, '/');
  vfs.mkdir('/', '/d', 0o755, ROOT, 0);
  vfs.mkdir('/', '/d/sub', 0o755, ROOT, 0);
  t.write('/d/sub/f', '');
  const deep: string[] = [];
  const flat: string[] = [];
  const file: string[] = [];
  vfs.watch('/', '/d', ROOT, true, (e, name) => deep.push(`${e}:${name}`));
  vfs.watch('/', '/d', ROOT, false, (e, name) => flat.push(`${e}:${name}`));
  vfs.watch('/', '/d/sub/f', ROOT, false, (e, name) => file.push(`${e}:${name}`));
  t.write('/d/sub/f', 'more');
  assert.deepEqual([deep, flat, file], [['change:sub/f', 'change:sub/f'], [], ['change:f', 'change:f']]);
  assert.equal(vfs.watch('/', '/nope', ROOT, false, () => {}), 2);
});

test('[vfs open] dup-shared description: one position for both users', () => {
  const vfs = new Vfs(fakeClock());
  const t = new Ctx(vfs, ROOT, '/');
  t.write('/f', 'abcdef');
  const f = vfs.open('/', '/f', O_RDONLY, 0, ROOT, 0);
  assert.ok(typeof f !== 'number');
  const b = new Uint8Array(2);
  f.read(b, 0, 2, null);
  f.position = 4;
  assert.equal(readAll(f), 'ef');
});

test('[vfs memory] holes count no blocks, as on a real filesystem', () => {
  const vfs = new Vfs(fakeClock());
  const f = vfs.open('/', '/sparse', O_CREAT | O_RDWR, 0o644, ROOT, 0);
  assert.ok(typeof f !== 'number');
  assert.equal(f.write(enc.encode('z'), 0, 1, 100000), 1);
  const blocks = (): number[] => { const st = f.stat() as StatResult; return [st.size, st.blocks]; };
  assert.deepEqual(blocks(), [100001, 8]);
  assert.equal(f.write(enc.encode('ab'), 0, 2, 4095), 2);
  assert.deepEqual(blocks(), [100001, 24]);
  assert.equal(f.truncate(5000), 0);
  assert.deepEqual(blocks(), [5000, 16]);
  assert.equal(f.truncate(4096), 0);
  assert.deepEqual(blocks(), [4096, 8]);
  assert.equal(f.truncate(1 << 20), 0);
  assert.deepEqual(blocks(), [1 << 20, 8]);
  f.close();
});

/** A tree for resolve(): files, a directory, symlinks (relative, absolute, across a mount, to a directory), a shut directory. */
function resolveTree(): Vfs {
  const vfs = new Vfs({ now: fakeClock().now });
  const t = new Ctx(vfs, ROOT, '/');
  vfs.chmod('/', '/', 0o755, ROOT, true);
  for (const d of ['/app', '/app/lib', '/real', '/real/sub', '/shut', '/mnt']) vfs.mkdir('/', d, 0o755, ROOT, 0);
  vfs.mount('/mnt', new MemoryBackend({ now: () => 0 }));
  vfs.chmod('/', '/mnt', 0o755, ROOT, true);
  t.write('/app/a.js', 'a');
  t.write('/app/package.json', '{}');
  t.write('/real/sub/t.js', 'target');
  t.write('/real/sub/package.json', '{"real":1}');
  t.write('/mnt/m.js', 'mounted');
  t.write('/shut/s.js', 'secret');
  t.write('/app/private.js', 'private');
  vfs.chmod('/', '/app/private.js', 0o600, ROOT, true);
  vfs.chmod('/', '/shut', 0o700, ROOT, true);
  vfs.symlink('/', '../real/sub/t.js', '/app/rel.js', ROOT);
  vfs.symlink('/', '/real/sub', '/app/dirlink', ROOT);
  vfs.symlink('/', '/mnt/m.js', '/app/mounted.js', ROOT);
  vfs.symlink('/', '/app/nowhere', '/app/dangling.js', ROOT);
  vfs.symlink('/', 'loop2', '/app/loop1', ROOT);
  vfs.symlink('/', 'loop1', '/app/loop2', ROOT);
  return vfs;
}

const RESOLVE_PATHS = [
  '/app/a.js', 'a.js', './lib/../a.js', '/app/rel.js', '/app/dirlink', '/app/dirlink/', '/app/dirlink/t.js',
  '/app/dirlink/../sub/t.js', '/app/mounted.js', '/mnt', '/mnt/m.js', '/mnt/..', '/', '/app/lib', 'lib/.', '/app/missing.js',
  '/app/missing/x.js', '/app/a.js/x', '/app/a.js/', '/app/dangling.js', '/app/loop1', '/shut/s.js', '/shut', '/app/private.js', '',
];

test('[vfs resolve] answers what stat (following) and realpath answer, in one walk', () => {
  const vfs = resolveTree();
  for (const cred of [ROOT, USER]) {
    for (const path of RESOLVE_PATHS) {
      const r = vfs.resolve('/app', path, cred);
      const st = vfs.stat('/app', path, cred, true);
      const real = vfs.realpath('/app', path, cred);
      assert.deepEqual(
        val(r, (x) => [x.mode, x.path]),
        val(st, (s) => [s.mode, real]),
        `${path} as uid ${cred.uid}`,
      );
    }
  }
});

test('[vfs resolve] a symlinked candidate, a directory, a missing one and a shut component', () => {
  const vfs = resolveTree();
  assert.deepEqual(val(vfs.resolve('/', '/app/rel.js', USER), (r) => [r.mode & S_IFMT, r.path]), [0o100000, '/real/sub/t.js']);
  assert.deepEqual(val(vfs.resolve('/', '/app/dirlink', USER), (r) => [r.mode & S_IFMT, r.path]), [0o040000, '/real/sub']);
  assert.equal(val(vfs.resolve('/', '/app/missing.js', USER), () => 'found'), 'ENOENT');
  assert.equal(val(vfs.resolve('/', '/shut/s.js', USER), () => 'found'), 'EACCES');
  assert.equal(val(vfs.resolve('/', '/shut/s.js', ROOT), (r) => r.path), '/shut/s.js');
});

test('[vfs resolve] openResolved opens the node found as open() of its path would', () => {
  const vfs = resolveTree();
  for (const cred of [ROOT, USER]) {
    for (const path of RESOLVE_PATHS) {
      for (const flags of [O_RDONLY, O_WRONLY, O_RDWR]) {
        const r = vfs.resolve('/app', path, cred);
        if (typeof r === 'number') continue;
        const got = val(vfs.openResolved(r, flags, cred), (f) => (f.close(), 'opened'));
        const want = val(vfs.open('/app', path, flags, 0, cred, 0), (f) => (f.close(), 'opened'));
        assert.equal(got, want, `${path} flags ${flags} as uid ${cred.uid}`);
      }
    }
  }
  const r = vfs.resolve('/', '/app/rel.js', USER);
  assert.equal(val(r, (x) => val(vfs.openResolved(x, O_RDONLY, USER), (f) => readAll(f))), 'target');
  assert.equal(val(r, (x) => code(vfs.openResolved(x, O_RDONLY | O_CREAT, USER) as number)), 'EINVAL');
  assert.equal(val(r, (x) => code(vfs.openResolved(x, 1.5, USER) as number)), 'EINVAL');
});

test('[vfs resolve] resolveBeside finds a name in the real directory of the node', () => {
  const vfs = resolveTree();
  const beside = (path: string, name: string, cred = USER): unknown =>
    val(vfs.resolve('/', path, cred), (r) => val(vfs.resolveBeside(r, name, cred), (b) => b.path));
  assert.equal(beside('/app/a.js', 'package.json'), '/app/package.json');
  assert.equal(beside('/app/rel.js', 'package.json'), '/real/sub/package.json', 'beside the target, not the link');
  assert.equal(beside('/app/dirlink/t.js', 'package.json'), '/real/sub/package.json');
  assert.equal(beside('/app/mounted.js', 'package.json'), 'ENOENT');
  assert.equal(beside('/app/a.js', 'rel.js'), '/real/sub/t.js', 'a symlink beside is followed');
  assert.equal(beside('/app/a.js', 'dangling.js'), 'ENOENT');
  assert.equal(beside('/app/lib/.', 'a.js'), '/app/a.js', 'beside a directory reached by "." is in its parent');
  assert.equal(beside('/', 'app'), '/app');
  assert.equal(beside('/app/a.js', 'x/y'), 'EINVAL');
  assert.equal(beside('/app/a.js', ''), 'EINVAL');
  assert.equal(beside('/shut/s.js', 's.js', ROOT), '/shut/s.js');
  const shut = vfs.resolve('/', '/shut/s.js', ROOT);
  assert.equal(val(shut, (r) => code(vfs.resolveBeside(r, 's.js', USER) as number)), 'EACCES', 'the directory is searched with the caller\'s rights');
});
