// Kernel layer tests: the behaviour table every VFS backend must pass (run by vfs.test.ts for the
// memory backend and by hosts/node/host-dir-backend.test.ts for a real directory).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errnoInfo } from '../../abi/errno.js';
import {
  DT_DIR, DT_LNK, DT_REG, O_APPEND, O_CREAT, O_DIRECTORY, O_EXCL, O_NOFOLLOW, O_RDONLY, O_RDWR, O_TRUNC, O_WRONLY,
  F_OK, R_OK, W_OK, X_OK, type Cred, type StatResult,
} from './inode.js';
import type { Vfs, VfsFile } from './vfs.js';

export const ROOT: Cred = { uid: 0, gid: 0, groups: [] };
export const USER: Cred = { uid: 1000, gid: 1000, groups: [1000] };
export const OTHER: Cred = { uid: 2000, gid: 2000, groups: [2000] };

const enc = new TextEncoder();
const dec = new TextDecoder();

/** An errno as its code; 0 as 'ok'; anything else unchanged. */
export function code(n: number): string | number {
  if (n === 0) return 'ok';
  const info = errnoInfo[Math.abs(n)];
  return info === undefined ? n : info[0];
}

/** A positive-errno-or-value result as its code, or `f(value)`. */
export function val<T>(r: T | number, f: (v: T) => unknown): unknown {
  return typeof r === 'number' ? code(r) : f(r);
}

export class Ctx {
  constructor(readonly vfs: Vfs, readonly cred: Cred, readonly cwd: string) {}

  st(path: string, follow = true): StatResult | number {
    return this.vfs.stat(this.cwd, path, this.cred, follow);
  }

  /** Type letter and permission bits, e.g. 'f644', 'd755', 'l777'. */
  kind(path: string, follow = true): unknown {
    return val(this.vfs.stat('/', path, ROOT, follow), (s) => {
      const t = (s.mode & 0o170000) === 0o40000 ? 'd' : (s.mode & 0o170000) === 0o120000 ? 'l' : (s.mode & 0o170000) === 0o100000 ? 'f' : '?';
      return t + (s.mode & 0o7777).toString(8);
    });
  }

  /** Whole content of a file, read as root. */
  text(path: string): unknown {
    return val(this.vfs.open('/', path, O_RDONLY, 0, ROOT, 0), (f) => readAll(f));
  }

  open(path: string, flags: number, mode = 0o666, umask = 0o022): VfsFile | number {
    return this.vfs.open(this.cwd, path, flags, mode, this.cred, umask);
  }

  write(path: string, text: string, flags = O_WRONLY | O_CREAT | O_TRUNC): unknown {
    return val(this.open(path, flags), (f) => {
      const b = enc.encode(text);
      const n = f.write(b, 0, b.length, null);
      f.close();
      return n;
    });
  }
}

export function readAll(f: VfsFile): string {
  const chunks: string[] = [];
  const buf = new Uint8Array(7);
  for (;;) {
    const n = f.read(buf, 0, buf.length, null);
    if (n <= 0) break;
    chunks.push(dec.decode(buf.subarray(0, n)));
  }
  f.close();
  return chunks.join('');
}

/** The tree every row starts from, built through the VFS as root. */
export function buildFixture(vfs: Vfs): void {
  const r = new Ctx(vfs, ROOT, '/');
  const ok = (n: unknown) => assert.ok(typeof n === 'number' && n >= 0, `fixture step failed: ${String(n)}`);
  ok(vfs.chmod('/', '/', 0o755, ROOT, true));
  ok(vfs.mkdir('/', '/dir', 0o755, ROOT, 0));
  ok(r.write('/dir/file', 'hello'));
  ok(vfs.mkdir('/', '/dir/sub', 0o755, ROOT, 0));
  ok(vfs.mkdir('/', '/empty', 0o755, ROOT, 0));
  ok(r.write('/file', 'data'));
  ok(vfs.chmod('/', '/file', 0o644, ROOT, true));
  ok(vfs.symlink('/', 'file', '/link', ROOT));
  ok(vfs.symlink('/', 'dir', '/dirlink', ROOT));
  ok(vfs.symlink('/', 'nowhere', '/dangling', ROOT));
  ok(vfs.symlink('/', 'loop2', '/loop1', ROOT));
  ok(vfs.symlink('/', 'loop1', '/loop2', ROOT));
  ok(vfs.symlink('/', 'dir/file', '/rellink', ROOT));
  ok(vfs.symlink('/', '/dir/file', '/abslink', ROOT));
  ok(vfs.mkdir('/', '/tmp', 0o1777, ROOT, 0));
  ok(r.write('/tmp/rootfile', 'r'));
  ok(new Ctx(vfs, USER, '/').write('/tmp/userfile', 'u'));
  ok(vfs.mkdir('/', '/home', 0o755, ROOT, 0));
  ok(vfs.mkdir('/', '/home/user', 0o755, ROOT, 0));
  ok(vfs.chown('/', '/home/user', 1000, 1000, ROOT, true));
  ok(new Ctx(vfs, USER, '/').write('/home/user/own', 'mine'));
  ok(vfs.chmod('/', '/home/user/own', 0o600, ROOT, true));
  ok(vfs.mkdir('/', '/private', 0o700, ROOT, 0));
  ok(r.write('/private/secret', 's'));
  ok(vfs.mkdir('/', '/private/pub', 0o755, ROOT, 0));
  ok(r.write('/private/pub/p', 'p'));
  ok(vfs.mkdir('/', '/noexec', 0o755, ROOT, 0));
  ok(r.write('/noexec/inner', 'i'));
  ok(vfs.chmod('/', '/noexec', 0o644, ROOT, true));
  ok(vfs.mkdir('/', '/ro', 0o555, ROOT, 0));
  ok(r.write('/script', '#!'));
  ok(vfs.chmod('/', '/script', 0o755, ROOT, true));
  ok(r.write('/nox', 'n'));
  ok(vfs.mkdir('/', '/group', 0o770, ROOT, 0));
  ok(vfs.chown('/', '/group', 0, 1000, ROOT, true));
}

export interface Row {
  name: string;
  as?: Cred;
  cwd?: string;
  run(t: Ctx): unknown;
  expect: unknown;
  /** Only for backends that run as root on the host (real chown). */
  needsHostRoot?: boolean;
}

const u = USER;
const o = OTHER;
const seq = (...steps: unknown[]) => steps;
const size = (s: StatResult) => s.size;
const pad = (s: string, n: number) => s + '\0'.repeat(n - s.length);

export const rows: Row[] = [
  // stat and path walking
  { name: 'stat / is a directory', run: (t) => t.kind('/'), expect: 'd755' },
  { name: 'stat a regular file', run: (t) => val(t.st('/file'), size), expect: 4 },
  { name: 'stat follows a symlink', run: (t) => val(t.st('/link'), size), expect: 4 },
  { name: 'lstat reports the link, size = target length', run: (t) => val(t.st('/link', false), (s) => [s.mode, s.size]), expect: [0o120777, 4] },
  { name: 'stat on a dangling symlink is ENOENT', run: (t) => val(t.st('/dangling'), size), expect: 'ENOENT' },
  { name: 'lstat on a dangling symlink works', run: (t) => t.kind('/dangling', false), expect: 'l777' },
  { name: 'symlink loop is ELOOP', run: (t) => val(t.st('/loop1'), size), expect: 'ELOOP' },
  { name: 'empty path is ENOENT', run: (t) => val(t.st(''), size), expect: 'ENOENT' },
  { name: 'trailing slash on a file is ENOTDIR', run: (t) => val(t.st('/file/'), size), expect: 'ENOTDIR' },
  { name: 'trailing slash on a dir is fine', run: (t) => t.kind('/dir/'), expect: 'd755' },
  { name: 'file used as a directory is ENOTDIR', run: (t) => val(t.st('/file/x'), size), expect: 'ENOTDIR' },
  { name: 'missing intermediate is ENOENT', run: (t) => val(t.st('/nope/x'), size), expect: 'ENOENT' },
  { name: 'name over 255 bytes is ENAMETOOLONG', run: (t) => val(t.st('/' + 'a'.repeat(256)), size), expect: 'ENAMETOOLONG' },
  { name: 'name of 255 bytes is only ENOENT', run: (t) => val(t.st('/' + 'a'.repeat(255)), size), expect: 'ENOENT' },
  { name: 'multibyte name over 255 bytes is ENAMETOOLONG', run: (t) => val(t.st('/' + 'é'.repeat(128)), size), expect: 'ENAMETOOLONG' },
  { name: 'path of 4096 bytes is ENAMETOOLONG', run: (t) => val(t.st('a/'.repeat(2048)), size), expect: 'ENAMETOOLONG' },
  { name: 'relative path from cwd', cwd: '/dir', run: (t) => val(t.st('file'), size), expect: 5 },
  { name: '.. from cwd', cwd: '/dir', run: (t) => val(t.st('../file'), size), expect: 4 },
  { name: '.. above / stays at /', run: (t) => val(t.st('/../../file'), size), expect: 4 },
  { name: 'repeated slashes collapse', run: (t) => val(t.st('//dir///file'), size), expect: 5 },
  { name: '. and .. inside a path', run: (t) => val(t.st('/dir/./sub/../file'), size), expect: 5 },
  { name: 'symlink to a dir in the middle of a path', run: (t) => val(t.st('/dirlink/file'), size), expect: 5 },
  { name: 'lstat with trailing slash on a link to a file is ENOTDIR', run: (t) => val(t.st('/link/', false), size), expect: 'ENOTDIR' },
  { name: 'lstat with trailing slash follows a link to a dir', run: (t) => t.kind('/dirlink/', true), expect: 'd755' },
  { name: 'relative symlink target', run: (t) => val(t.st('/rellink'), size), expect: 5 },
  { name: 'absolute symlink target', run: (t) => val(t.st('/abslink'), size), expect: 5 },
  { name: 'search permission is needed on every directory', as: u, run: (t) => val(t.st('/private/secret'), size), expect: 'EACCES' },
  { name: 'root walks a 0700 directory', run: (t) => val(t.st('/private/secret'), size), expect: 1 },
  { name: 'root walks a directory without x bits', run: (t) => val(t.st('/noexec/inner'), size), expect: 1 },
  { name: 'non-root cannot walk a directory without x', as: u, run: (t) => val(t.st('/noexec/inner'), size), expect: 'EACCES' },
  { name: 'stat of a 0700 directory itself is fine', as: u, run: (t) => t.kind('/private'), expect: 'd700' },
  { name: 'ancestors of the cwd are not re-checked', as: u, cwd: '/private/pub', run: (t) => val(t.st('p'), size), expect: 1 },
  { name: 'the cwd itself needs search permission', as: u, cwd: '/private', run: (t) => val(t.st('secret'), size), expect: 'EACCES' },
  { name: 'directory nlink is 2 + subdirectories', run: (t) => [val(t.st('/dir'), (s) => s.nlink), val(t.st('/empty'), (s) => s.nlink)], expect: [3, 2] },
  { name: 'directory size 4096, blocks 8, blksize 4096', run: (t) => val(t.st('/empty'), (s) => [s.size, s.blocks, s.blksize]), expect: [4096, 8, 4096] },
  { name: 'file mode and owner', run: (t) => val(t.st('/file'), (s) => [s.mode, s.uid, s.gid, s.nlink]), expect: [0o100644, 0, 0, 1] },
  { name: 'file created by a user belongs to them', needsHostRoot: true, run: (t) => val(t.st('/home/user/own'), (s) => [s.mode, s.uid, s.gid]), expect: [0o100600, 1000, 1000] },
  { name: 'stat of a directory symlink reports the directory', run: (t) => val(t.st('/dirlink'), (s) => s.ino === (t.st('/dir') as StatResult).ino), expect: true },

  // access
  { name: 'access F_OK on a file', run: (t) => code(t.vfs.access(t.cwd, '/file', t.cred, F_OK)), expect: 'ok' },
  { name: 'access on a missing file', run: (t) => code(t.vfs.access(t.cwd, '/nope', t.cred, F_OK)), expect: 'ENOENT' },
  { name: 'access W_OK as a non-owner', as: u, run: (t) => code(t.vfs.access(t.cwd, '/file', t.cred, W_OK)), expect: 'EACCES' },
  { name: 'access R_OK as others', as: u, run: (t) => code(t.vfs.access(t.cwd, '/file', t.cred, R_OK)), expect: 'ok' },
  { name: 'access W_OK as root', run: (t) => code(t.vfs.access(t.cwd, '/file', t.cred, W_OK)), expect: 'ok' },
  { name: 'access X_OK as root with an x bit', run: (t) => code(t.vfs.access(t.cwd, '/script', t.cred, X_OK)), expect: 'ok' },
  { name: 'access X_OK as root without any x bit', run: (t) => code(t.vfs.access(t.cwd, '/nox', t.cred, X_OK)), expect: 'EACCES' },
  { name: 'access X_OK as a user without x', as: u, run: (t) => code(t.vfs.access(t.cwd, '/nox', t.cred, X_OK)), expect: 'EACCES' },
  { name: 'access R_OK on a 0700 dir as a user', as: u, run: (t) => code(t.vfs.access(t.cwd, '/private', t.cred, R_OK)), expect: 'EACCES' },
  { name: 'access W_OK through group bits', needsHostRoot: true, as: u, run: (t) => code(t.vfs.access(t.cwd, '/group', t.cred, W_OK | X_OK)), expect: 'ok' },
  { name: 'access W_OK outside the group', as: o, run: (t) => code(t.vfs.access(t.cwd, '/group', t.cred, W_OK)), expect: 'EACCES' },
  { name: 'access follows a dangling symlink', run: (t) => code(t.vfs.access(t.cwd, '/dangling', t.cred, F_OK)), expect: 'ENOENT' },
  { name: 'access with a bad mode is EINVAL', run: (t) => code(t.vfs.access(t.cwd, '/file', t.cred, 8)), expect: 'EINVAL' },

  // open
  { name: 'open O_RDONLY and read', run: (t) => val(t.open('/file', O_RDONLY), readAll), expect: 'data' },
  { name: 'open a missing file', run: (t) => val(t.open('/nope', O_RDONLY), readAll), expect: 'ENOENT' },
  { name: 'O_CREAT applies the umask', run: (t) => seq(val(t.open('/new', O_CREAT | O_WRONLY, 0o666, 0o022), (f) => f.close()), t.kind('/new')), expect: [0, 'f644'] },
  { name: 'O_CREAT keeps special bits under umask 0', run: (t) => seq(val(t.open('/new', O_CREAT | O_WRONLY, 0o4755, 0), (f) => f.close()), t.kind('/new')), expect: [0, 'f4755'] },
  { name: 'O_CREAT|O_EXCL on an existing file', run: (t) => val(t.open('/file', O_CREAT | O_EXCL | O_WRONLY), readAll), expect: 'EEXIST' },
  { name: 'O_CREAT|O_EXCL on a dangling symlink', run: (t) => val(t.open('/dangling', O_CREAT | O_EXCL | O_WRONLY), readAll), expect: 'EEXIST' },
  { name: 'O_CREAT through a dangling symlink creates its target', run: (t) => seq(val(t.open('/dangling', O_CREAT | O_WRONLY), (f) => f.close()), t.kind('/nowhere')), expect: [0, 'f644'] },
  { name: 'O_NOFOLLOW on a symlink is ELOOP', run: (t) => val(t.open('/link', O_RDONLY | O_NOFOLLOW), readAll), expect: 'ELOOP' },
  { name: 'O_NOFOLLOW on a regular file is fine', run: (t) => val(t.open('/file', O_RDONLY | O_NOFOLLOW), readAll), expect: 'data' },
  { name: 'open a dir O_WRONLY is EISDIR', run: (t) => val(t.open('/dir', O_WRONLY), readAll), expect: 'EISDIR' },
  { name: 'open a dir O_RDWR is EISDIR', run: (t) => val(t.open('/dir', O_RDWR), readAll), expect: 'EISDIR' },
  { name: 'open a dir O_CREAT is EISDIR', run: (t) => val(t.open('/dir', O_RDONLY | O_CREAT), readAll), expect: 'EISDIR' },
  { name: 'open a dir read-only and list it', run: (t) => val(t.open('/dir', O_RDONLY | O_DIRECTORY), (f) => val(f.readdir(), (e) => e.map((x) => x.name).sort())), expect: ['file', 'sub'] },
  { name: 'O_DIRECTORY on a file is ENOTDIR', run: (t) => val(t.open('/file', O_RDONLY | O_DIRECTORY), readAll), expect: 'ENOTDIR' },
  { name: 'open file/ is ENOTDIR', run: (t) => val(t.open('/file/', O_RDONLY), readAll), expect: 'ENOTDIR' },
  { name: 'O_CREAT on new/ is EISDIR', run: (t) => val(t.open('/new/', O_CREAT | O_WRONLY), readAll), expect: 'EISDIR' },
  { name: 'open for writing without w is EACCES', as: u, run: (t) => val(t.open('/file', O_WRONLY), readAll), expect: 'EACCES' },
  { name: 'O_CREAT in a dir without search is EACCES', as: u, run: (t) => val(t.open('/private/x', O_CREAT | O_WRONLY), readAll), expect: 'EACCES' },
  { name: 'O_CREAT in a read-only dir is EACCES', as: u, run: (t) => val(t.open('/ro/x', O_CREAT | O_WRONLY), readAll), expect: 'EACCES' },
  { name: 'root creates in a read-only dir', run: (t) => val(t.open('/ro/x', O_CREAT | O_WRONLY), (f) => f.close()), expect: 0 },
  { name: 'O_TRUNC empties the file', run: (t) => seq(val(t.open('/file', O_WRONLY | O_TRUNC), (f) => f.close()), t.text('/file')), expect: [0, ''] },
  { name: 'O_TRUNC without write permission is EACCES', as: u, run: (t) => seq(val(t.open('/file', O_RDONLY | O_TRUNC), readAll), t.text('/file')), expect: ['EACCES', 'data'] },
  { name: 'creator may write a new file whatever its mode', as: u, run: (t) => val(t.open('/tmp/ro', O_CREAT | O_RDWR, 0o444), (f) => f.write(enc.encode('ok'), 0, 2, null)), expect: 2 },
  { name: 'new file gets the creator uid and gid', needsHostRoot: true, as: u, run: (t) => seq(t.write('/tmp/mine', 'x'), val(t.st('/tmp/mine'), (s) => [s.uid, s.gid])), expect: [1, [1000, 1000]] },
  { name: 'O_CREAT under a missing dir is ENOENT', run: (t) => val(t.open('/nope/x', O_CREAT | O_WRONLY), readAll), expect: 'ENOENT' },
  { name: 'O_CREAT under a file is ENOTDIR', run: (t) => val(t.open('/file/x', O_CREAT | O_WRONLY), readAll), expect: 'ENOTDIR' },
  { name: 'O_CREAT on a symlink loop is ELOOP', run: (t) => val(t.open('/loop1', O_CREAT | O_WRONLY), readAll), expect: 'ELOOP' },
  { name: 'open O_RDWR as owner', as: u, run: (t) => val(t.open('/home/user/own', O_RDWR), readAll), expect: 'mine' },
  { name: 'open as others on a 0600 file is EACCES', as: o, run: (t) => val(t.open('/home/user/own', O_RDONLY), readAll), expect: 'EACCES' },

  // read, write and the open file description
  {
    name: 'pwrite and pread at positions',
    run: (t) => val(t.open('/n', O_CREAT | O_RDWR), (f) => {
      f.write(enc.encode('abc'), 0, 3, 0);
      const b = new Uint8Array(5);
      const n = f.read(b, 0, 5, 1);
      return [n, dec.decode(b.subarray(0, n)), f.position];
    }),
    expect: [2, 'bc', 0],
  },
  {
    name: 'a write past the end leaves zeros',
    run: (t) => val(t.open('/n', O_CREAT | O_RDWR), (f) => {
      f.write(enc.encode('x'), 0, 1, 10);
      return [val(f.stat(), size), readAll(f)];
    }),
    expect: [11, pad('', 10) + 'x'],
  },
  { name: 'O_APPEND writes at the end whatever the position', run: (t) => seq(val(t.open('/file', O_WRONLY | O_APPEND), (f) => f.write(enc.encode('XY'), 0, 2, 0)), t.text('/file')), expect: [2, 'dataXY'] },
  { name: 'O_APPEND moves the position to the end', run: (t) => val(t.open('/file', O_WRONLY | O_APPEND), (f) => (f.write(enc.encode('XY'), 0, 2, null), f.position)), expect: 6 },
  { name: 'read on a write-only fd is EBADF', run: (t) => val(t.open('/file', O_WRONLY), (f) => code(f.read(new Uint8Array(4), 0, 4, null))), expect: 'EBADF' },
  { name: 'write on a read-only fd is EBADF', run: (t) => val(t.open('/file', O_RDONLY), (f) => code(f.write(new Uint8Array(4), 0, 4, null))), expect: 'EBADF' },
  { name: 'read on a directory fd is EISDIR', run: (t) => val(t.open('/dir', O_RDONLY), (f) => code(f.read(new Uint8Array(4), 0, 4, null))), expect: 'EISDIR' },
  {
    name: 'sequential reads advance the position',
    run: (t) => val(t.open('/file', O_RDONLY), (f) => {
      const b = new Uint8Array(2);
      const a = (f.read(b, 0, 2, null), dec.decode(b));
      const c = (f.read(b, 0, 2, null), dec.decode(b));
      return [a, c, f.read(b, 0, 2, null), f.position];
    }),
    expect: ['da', 'ta', 0, 4],
  },
  {
    name: 'read into an offset of the buffer',
    run: (t) => val(t.open('/file', O_RDONLY), (f) => {
      const b = new Uint8Array(6).fill(46);
      f.read(b, 2, 3, null);
      return dec.decode(b);
    }),
    expect: '..dat.',
  },
  { name: 'an unlinked file stays readable while open', run: (t) => val(t.open('/file', O_RDONLY), (f) => [code(t.vfs.unlink('/', '/file', ROOT)), val(t.st('/file'), size), readAll(f)]), expect: ['ok', 'ENOENT', 'data'] },
  { name: 'ftruncate on a read-only fd is EINVAL', run: (t) => val(t.open('/file', O_RDONLY), (f) => code(f.truncate(1))), expect: 'EINVAL' },
  { name: 'ftruncate extends with zeros', run: (t) => val(t.open('/file', O_RDWR), (f) => [code(f.truncate(6)), readAll(f)]), expect: ['ok', 'data\0\0'] },
  { name: 'fstat after a write', run: (t) => val(t.open('/file', O_RDWR), (f) => (f.write(enc.encode('0123456789'), 0, 10, null), val(f.stat(), (s) => [s.size, s.mode]))), expect: [10, 0o100644] },
  { name: 'closing twice is EBADF', run: (t) => val(t.open('/file', O_RDONLY), (f) => [code(f.close()), code(f.close())]), expect: ['ok', 'EBADF'] },
  { name: 'read after close is EBADF', run: (t) => val(t.open('/file', O_RDONLY), (f) => (f.close(), code(f.read(new Uint8Array(1), 0, 1, null)))), expect: 'EBADF' },
  { name: 'read with a range outside the buffer is EINVAL', run: (t) => val(t.open('/file', O_RDONLY), (f) => code(f.read(new Uint8Array(2), 1, 2, null))), expect: 'EINVAL' },
  { name: 'fchmod by a non-owner is EPERM', as: u, run: (t) => val(t.open('/file', O_RDONLY), (f) => code(f.chmod(0o777, USER))), expect: 'EPERM' },
  { name: 'fchmod by the owner', as: u, run: (t) => seq(val(t.open('/home/user/own', O_RDONLY), (f) => code(f.chmod(0o640, USER))), t.kind('/home/user/own')), expect: ['ok', 'f640'] },
  { name: 'futimes sets both times', run: (t) => seq(val(t.open('/file', O_RDONLY), (f) => code(f.utimes(1000, 2000, ROOT))), val(t.st('/file'), (s) => [s.atimeMs, s.mtimeMs])), expect: ['ok', [1000, 2000]] },
  { name: 'fchown by root', needsHostRoot: true, run: (t) => seq(val(t.open('/file', O_RDONLY), (f) => code(f.chown(1000, 1000, ROOT))), val(t.st('/file'), (s) => [s.uid, s.gid])), expect: ['ok', [1000, 1000]] },
  { name: 'two opens share nothing but the file', run: (t) => val(t.open('/file', O_RDWR), (a) => val(t.open('/file', O_RDONLY), (b) => (a.write(enc.encode('DA'), 0, 2, null), readAll(b)))), expect: 'DAta' },

  // mkdir
  { name: 'mkdir applies the umask', run: (t) => seq(code(t.vfs.mkdir(t.cwd, '/new', 0o777, t.cred, 0o022)), t.kind('/new')), expect: ['ok', 'd755'] },
  { name: 'mkdir keeps the sticky bit', run: (t) => seq(code(t.vfs.mkdir(t.cwd, '/new', 0o1777, t.cred, 0)), t.kind('/new')), expect: ['ok', 'd1777'] },
  { name: 'mkdir on an existing dir is EEXIST', run: (t) => code(t.vfs.mkdir(t.cwd, '/dir', 0o777, t.cred, 0)), expect: 'EEXIST' },
  { name: 'mkdir / is EEXIST', run: (t) => code(t.vfs.mkdir(t.cwd, '/', 0o777, t.cred, 0)), expect: 'EEXIST' },
  { name: 'mkdir dir/. is EEXIST', run: (t) => code(t.vfs.mkdir(t.cwd, '/dir/.', 0o777, t.cred, 0)), expect: 'EEXIST' },
  { name: 'mkdir under a missing dir is ENOENT', run: (t) => code(t.vfs.mkdir(t.cwd, '/nope/x', 0o777, t.cred, 0)), expect: 'ENOENT' },
  { name: 'mkdir under a file is ENOTDIR', run: (t) => code(t.vfs.mkdir(t.cwd, '/file/x', 0o777, t.cred, 0)), expect: 'ENOTDIR' },
  { name: 'mkdir on a dangling symlink is EEXIST', run: (t) => code(t.vfs.mkdir(t.cwd, '/dangling', 0o777, t.cred, 0)), expect: 'EEXIST' },
  { name: 'mkdir in a read-only dir is EACCES', as: u, run: (t) => code(t.vfs.mkdir(t.cwd, '/ro/x', 0o777, t.cred, 0)), expect: 'EACCES' },
  { name: 'mkdir over an existing name in a read-only dir is EEXIST', as: u, run: (t) => code(t.vfs.mkdir(t.cwd, '/dir', 0o777, t.cred, 0)), expect: 'EEXIST' },
  { name: 'mkdir with a trailing slash', run: (t) => seq(code(t.vfs.mkdir(t.cwd, '/new/', 0o755, t.cred, 0)), t.kind('/new')), expect: ['ok', 'd755'] },
  { name: 'mkdir adds one to the parent nlink', run: (t) => seq(code(t.vfs.mkdir(t.cwd, '/empty/a', 0o755, t.cred, 0)), val(t.st('/empty'), (s) => s.nlink)), expect: ['ok', 3] },
  { name: 'mkdir relative to cwd', cwd: '/dir/sub', run: (t) => seq(code(t.vfs.mkdir(t.cwd, '../made', 0o755, t.cred, 0)), t.kind('/dir/made')), expect: ['ok', 'd755'] },
  { name: 'mkdir by a user gets their ownership', needsHostRoot: true, as: u, run: (t) => seq(code(t.vfs.mkdir(t.cwd, '/tmp/d', 0o700, t.cred, 0)), val(t.st('/tmp/d'), (s) => [s.uid, s.gid, s.mode])), expect: ['ok', [1000, 1000, 0o40700]] },

  // rmdir
  { name: 'rmdir an empty dir', run: (t) => seq(code(t.vfs.rmdir(t.cwd, '/empty', t.cred)), t.kind('/empty')), expect: ['ok', 'ENOENT'] },
  { name: 'rmdir a non-empty dir is ENOTEMPTY', run: (t) => code(t.vfs.rmdir(t.cwd, '/dir', t.cred)), expect: 'ENOTEMPTY' },
  { name: 'rmdir a file is ENOTDIR', run: (t) => code(t.vfs.rmdir(t.cwd, '/file', t.cred)), expect: 'ENOTDIR' },
  { name: 'rmdir a missing dir is ENOENT', run: (t) => code(t.vfs.rmdir(t.cwd, '/nope', t.cred)), expect: 'ENOENT' },
  { name: 'rmdir dir/. is EINVAL', run: (t) => code(t.vfs.rmdir(t.cwd, '/empty/.', t.cred)), expect: 'EINVAL' },
  { name: 'rmdir dir/.. is ENOTEMPTY', run: (t) => code(t.vfs.rmdir(t.cwd, '/dir/sub/..', t.cred)), expect: 'ENOTEMPTY' },
  { name: 'rmdir / is EBUSY', run: (t) => code(t.vfs.rmdir(t.cwd, '/', t.cred)), expect: 'EBUSY' },
  { name: 'rmdir a symlink to a dir is ENOTDIR', run: (t) => code(t.vfs.rmdir(t.cwd, '/dirlink', t.cred)), expect: 'ENOTDIR' },
  { name: 'rmdir a file with a trailing slash is ENOTDIR', run: (t) => code(t.vfs.rmdir(t.cwd, '/file/', t.cred)), expect: 'ENOTDIR' },
  { name: 'rmdir with a trailing slash', run: (t) => code(t.vfs.rmdir(t.cwd, '/empty/', t.cred)), expect: 'ok' },
  { name: 'rmdir takes one from the parent nlink', run: (t) => seq(code(t.vfs.rmdir(t.cwd, '/dir/sub', t.cred)), val(t.st('/dir'), (s) => s.nlink)), expect: ['ok', 2] },
  { name: 'rmdir without write permission on the parent', as: u, run: (t) => code(t.vfs.rmdir(t.cwd, '/empty', t.cred)), expect: 'EACCES' },

  // unlink
  { name: 'unlink a file', run: (t) => seq(code(t.vfs.unlink(t.cwd, '/file', t.cred)), t.kind('/file')), expect: ['ok', 'ENOENT'] },
  { name: 'unlink a dir is EISDIR', run: (t) => code(t.vfs.unlink(t.cwd, '/dir', t.cred)), expect: 'EISDIR' },
  { name: 'unlink file/ is ENOTDIR', run: (t) => code(t.vfs.unlink(t.cwd, '/file/', t.cred)), expect: 'ENOTDIR' },
  { name: 'unlink dir/ is EISDIR', run: (t) => code(t.vfs.unlink(t.cwd, '/dir/', t.cred)), expect: 'EISDIR' },
  { name: 'unlink a symlink removes only the link', run: (t) => seq(code(t.vfs.unlink(t.cwd, '/link', t.cred)), t.kind('/link', false), t.kind('/file')), expect: ['ok', 'ENOENT', 'f644'] },
  { name: 'unlink a missing file is ENOENT', run: (t) => code(t.vfs.unlink(t.cwd, '/nope', t.cred)), expect: 'ENOENT' },
  { name: "sticky /tmp: a user cannot unlink root's file", as: u, run: (t) => code(t.vfs.unlink(t.cwd, '/tmp/rootfile', t.cred)), expect: 'EPERM' },
  { name: 'sticky /tmp: a user unlinks their own file', needsHostRoot: true, as: u, run: (t) => code(t.vfs.unlink(t.cwd, '/tmp/userfile', t.cred)), expect: 'ok' },
  { name: 'sticky /tmp: root unlinks anything', run: (t) => code(t.vfs.unlink(t.cwd, '/tmp/userfile', t.cred)), expect: 'ok' },
  { name: 'unlink without write permission on the parent', as: u, run: (t) => code(t.vfs.unlink(t.cwd, '/file', t.cred)), expect: 'EACCES' },
  { name: 'unlink /', run: (t) => code(t.vfs.unlink(t.cwd, '/', t.cred)), expect: 'EISDIR' },

  // rename
  { name: 'rename a file', run: (t) => seq(code(t.vfs.rename(t.cwd, '/file', '/renamed', t.cred)), t.kind('/file'), t.text('/renamed')), expect: ['ok', 'ENOENT', 'data'] },
  { name: 'rename over an existing file replaces it', run: (t) => seq(code(t.vfs.rename(t.cwd, '/file', '/dir/file', t.cred)), t.text('/dir/file'), t.kind('/file')), expect: ['ok', 'data', 'ENOENT'] },
  { name: 'rename a dir over a non-empty dir is ENOTEMPTY', run: (t) => code(t.vfs.rename(t.cwd, '/empty', '/dir', t.cred)), expect: 'ENOTEMPTY' },
  { name: 'rename a dir over an empty dir', run: (t) => seq(code(t.vfs.rename(t.cwd, '/dir', '/empty', t.cred)), t.text('/empty/file'), t.kind('/dir')), expect: ['ok', 'hello', 'ENOENT'] },
  { name: 'rename a file over a dir is EISDIR', run: (t) => code(t.vfs.rename(t.cwd, '/file', '/empty', t.cred)), expect: 'EISDIR' },
  { name: 'rename a dir over a file is ENOTDIR', run: (t) => code(t.vfs.rename(t.cwd, '/empty', '/file', t.cred)), expect: 'ENOTDIR' },
  { name: 'rename a dir into itself is EINVAL', run: (t) => code(t.vfs.rename(t.cwd, '/dir', '/dir/sub/x', t.cred)), expect: 'EINVAL' },
  { name: 'rename a dir onto its ancestor is ENOTEMPTY', run: (t) => code(t.vfs.rename(t.cwd, '/dir/sub', '/dir', t.cred)), expect: 'ENOTEMPTY' },
  { name: 'rename a file onto itself', run: (t) => seq(code(t.vfs.rename(t.cwd, '/file', '/file', t.cred)), t.text('/file')), expect: ['ok', 'data'] },
  { name: 'rename between hard links of one file does nothing', run: (t) => seq(code(t.vfs.link(t.cwd, '/file', '/hard', t.cred)), code(t.vfs.rename(t.cwd, '/file', '/hard', t.cred)), t.kind('/file'), t.kind('/hard')), expect: ['ok', 'ok', 'f644', 'f644'] },
  { name: 'rename moves a symlink, not its target', run: (t) => seq(code(t.vfs.rename(t.cwd, '/link', '/link2', t.cred)), t.kind('/link2', false), t.text('/link2')), expect: ['ok', 'l777', 'data'] },
  { name: 'rename a missing source is ENOENT', run: (t) => code(t.vfs.rename(t.cwd, '/nope', '/x', t.cred)), expect: 'ENOENT' },
  { name: 'rename into a missing dir is ENOENT', run: (t) => code(t.vfs.rename(t.cwd, '/file', '/nope/x', t.cred)), expect: 'ENOENT' },
  { name: 'rename a file to name/ is ENOTDIR', run: (t) => code(t.vfs.rename(t.cwd, '/file', '/file2/', t.cred)), expect: 'ENOTDIR' },
  { name: 'rename file/ is ENOTDIR', run: (t) => code(t.vfs.rename(t.cwd, '/file/', '/file2', t.cred)), expect: 'ENOTDIR' },
  { name: 'rename a dir to name/', run: (t) => seq(code(t.vfs.rename(t.cwd, '/empty', '/moved/', t.cred)), t.kind('/moved')), expect: ['ok', 'd755'] },
  { name: 'rename onto . is EBUSY', run: (t) => code(t.vfs.rename(t.cwd, '/empty', '/dir/.', t.cred)), expect: 'EBUSY' },
  { name: 'rename of / is EBUSY', run: (t) => code(t.vfs.rename(t.cwd, '/', '/x', t.cred)), expect: 'EBUSY' },
  { name: "sticky /tmp: a user cannot rename root's file", as: u, run: (t) => code(t.vfs.rename(t.cwd, '/tmp/rootfile', '/tmp/x', t.cred)), expect: 'EPERM' },
  { name: "sticky /tmp: a user cannot replace root's file", as: u, run: (t) => code(t.vfs.rename(t.cwd, '/tmp/userfile', '/tmp/rootfile', t.cred)), expect: 'EPERM' },
  { name: 'a user moves their file into /tmp', needsHostRoot: true, as: u, run: (t) => seq(code(t.vfs.rename(t.cwd, '/home/user/own', '/tmp/own', t.cred)), t.text('/tmp/own')), expect: ['ok', 'mine'] },
  { name: 'rename without write permission on the source dir', as: u, run: (t) => code(t.vfs.rename(t.cwd, '/file', '/tmp/file', t.cred)), expect: 'EACCES' },
  { name: 'moving a dir between parents fixes both nlinks', run: (t) => seq(code(t.vfs.rename(t.cwd, '/dir/sub', '/empty/sub', t.cred)), val(t.st('/dir'), (s) => s.nlink), val(t.st('/empty'), (s) => s.nlink)), expect: ['ok', 2, 3] },
  { name: 'a failed rename changes nothing', run: (t) => seq(code(t.vfs.rename(t.cwd, '/empty', '/dir', t.cred)), t.kind('/empty'), t.text('/dir/file')), expect: ['ENOTEMPTY', 'd755', 'hello'] },
  { name: 'a renamed dir keeps its contents', run: (t) => seq(code(t.vfs.rename(t.cwd, '/dir', '/newname', t.cred)), t.text('/newname/file')), expect: ['ok', 'hello'] },
  { name: 'rename relative to cwd', cwd: '/dir', run: (t) => seq(code(t.vfs.rename(t.cwd, 'file', '../moved', t.cred)), t.text('/moved')), expect: ['ok', 'hello'] },
  { name: 'an open file survives being renamed over', run: (t) => val(t.open('/dir/file', O_RDONLY), (f) => [code(t.vfs.rename(t.cwd, '/file', '/dir/file', t.cred)), readAll(f), t.text('/dir/file')]), expect: ['ok', 'hello', 'data'] },

  // link
  { name: 'link counts links and shares the inode', run: (t) => seq(code(t.vfs.link(t.cwd, '/file', '/hard', t.cred)), val(t.st('/file'), (s) => s.nlink), val(t.st('/hard'), (s) => s.nlink), (t.st('/file') as StatResult).ino === (t.st('/hard') as StatResult).ino), expect: ['ok', 2, 2, true] },
  { name: 'a hard link sees writes through the other name', run: (t) => seq(code(t.vfs.link(t.cwd, '/file', '/hard', t.cred)), t.write('/hard', 'new'), t.text('/file')), expect: ['ok', 3, 'new'] },
  { name: 'link a dir is EPERM', run: (t) => code(t.vfs.link(t.cwd, '/dir', '/d2', t.cred)), expect: 'EPERM' },
  { name: 'link onto an existing name is EEXIST', run: (t) => code(t.vfs.link(t.cwd, '/file', '/dir/file', t.cred)), expect: 'EEXIST' },
  { name: 'link a missing file is ENOENT', run: (t) => code(t.vfs.link(t.cwd, '/nope', '/x', t.cred)), expect: 'ENOENT' },
  { name: 'link does not follow a symlink', run: (t) => seq(code(t.vfs.link(t.cwd, '/link', '/hl', t.cred)), t.kind('/hl', false)), expect: ['ok', 'l777'] },
  { name: "protected hardlinks: a user cannot link root's file", as: u, run: (t) => code(t.vfs.link(t.cwd, '/file', '/tmp/h', t.cred)), expect: 'EPERM' },
  { name: 'unlinking one name drops nlink', run: (t) => seq(code(t.vfs.link(t.cwd, '/file', '/hard', t.cred)), code(t.vfs.unlink(t.cwd, '/file', t.cred)), val(t.st('/hard'), (s) => s.nlink), t.text('/hard')), expect: ['ok', 'ok', 1, 'data'] },
  { name: 'link into a read-only dir', as: u, run: (t) => code(t.vfs.link(t.cwd, '/file', '/ro/x', t.cred)), expect: 'EACCES' },

  // symlink and readlink
  { name: 'symlink size is the target length', run: (t) => seq(code(t.vfs.symlink(t.cwd, 'target', '/s', t.cred)), val(t.st('/s', false), (s) => [s.mode, s.size])), expect: ['ok', [0o120777, 6]] },
  { name: 'symlink size counts UTF-8 bytes', run: (t) => seq(code(t.vfs.symlink(t.cwd, 'é', '/s', t.cred)), val(t.st('/s', false), size)), expect: ['ok', 2] },
  { name: 'symlink with an empty target is ENOENT', run: (t) => code(t.vfs.symlink(t.cwd, '', '/s', t.cred)), expect: 'ENOENT' },
  { name: 'symlink onto an existing name is EEXIST', run: (t) => code(t.vfs.symlink(t.cwd, 'x', '/file', t.cred)), expect: 'EEXIST' },
  { name: 'symlink in a read-only dir is EACCES', as: u, run: (t) => code(t.vfs.symlink(t.cwd, 'x', '/ro/s', t.cred)), expect: 'EACCES' },
  { name: 'symlink ownership is the creator', needsHostRoot: true, as: u, run: (t) => seq(code(t.vfs.symlink(t.cwd, 'x', '/tmp/s', t.cred)), val(t.st('/tmp/s', false), (s) => s.uid)), expect: ['ok', 1000] },
  { name: 'readlink a symlink', run: (t) => t.vfs.readlink(t.cwd, '/link', t.cred), expect: 'file' },
  { name: 'readlink a dangling symlink', run: (t) => t.vfs.readlink(t.cwd, '/dangling', t.cred), expect: 'nowhere' },
  { name: 'readlink a file is EINVAL', run: (t) => code(t.vfs.readlink(t.cwd, '/file', t.cred) as number), expect: 'EINVAL' },
  { name: 'readlink a missing path is ENOENT', run: (t) => code(t.vfs.readlink(t.cwd, '/nope', t.cred) as number), expect: 'ENOENT' },

  // realpath
  { name: 'realpath resolves symlinks', run: (t) => t.vfs.realpath(t.cwd, '/dirlink/file', t.cred), expect: '/dir/file' },
  { name: 'realpath of . is the cwd', cwd: '/dir', run: (t) => t.vfs.realpath(t.cwd, '.', t.cred), expect: '/dir' },
  { name: 'realpath of .. chains', run: (t) => t.vfs.realpath(t.cwd, '/dir/sub/../..', t.cred), expect: '/' },
  { name: 'realpath through a relative link', cwd: '/', run: (t) => t.vfs.realpath(t.cwd, 'rellink', t.cred), expect: '/dir/file' },
  { name: 'realpath of a dangling link is ENOENT', run: (t) => code(t.vfs.realpath(t.cwd, '/dangling', t.cred) as number), expect: 'ENOENT' },
  { name: 'realpath of a loop is ELOOP', run: (t) => code(t.vfs.realpath(t.cwd, '/loop1', t.cred) as number), expect: 'ELOOP' },
  { name: '.. after a symlinked dir is physical', run: (t) => t.vfs.realpath(t.cwd, '/dirlink/sub/..', t.cred), expect: '/dir' },

  // readdir
  { name: 'readdir lists names and types', run: (t) => val(t.vfs.readdir(t.cwd, '/dir', t.cred), (e) => e.map((x) => [x.name, x.type]).sort()), expect: [['file', DT_REG], ['sub', DT_DIR]] },
  { name: 'readdir reports symlinks as DT_LNK', run: (t) => val(t.vfs.readdir(t.cwd, '/', t.cred), (e) => e.find((x) => x.name === 'link')?.type), expect: DT_LNK },
  { name: 'readdir of a file is ENOTDIR', run: (t) => val(t.vfs.readdir(t.cwd, '/file', t.cred), (e) => e), expect: 'ENOTDIR' },
  { name: 'readdir without read permission is EACCES', as: u, run: (t) => val(t.vfs.readdir(t.cwd, '/private', t.cred), (e) => e), expect: 'EACCES' },
  { name: 'readdir of root in a 0644 dir works for root', run: (t) => val(t.vfs.readdir(t.cwd, '/noexec', t.cred), (e) => e.map((x) => x.name)), expect: ['inner'] },
  { name: 'readdir of an empty dir', run: (t) => val(t.vfs.readdir(t.cwd, '/empty', t.cred), (e) => e), expect: [] },
  { name: 'readdir follows a symlink to a dir', run: (t) => val(t.vfs.readdir(t.cwd, '/dirlink', t.cred), (e) => e.map((x) => x.name).sort()), expect: ['file', 'sub'] },
  { name: 'readdir of a missing dir', run: (t) => val(t.vfs.readdir(t.cwd, '/nope', t.cred), (e) => e), expect: 'ENOENT' },

  // chmod, chown, utimes, truncate
  { name: 'chmod a file', run: (t) => seq(code(t.vfs.chmod(t.cwd, '/file', 0o600, t.cred, true)), t.kind('/file')), expect: ['ok', 'f600'] },
  { name: 'chmod keeps the type bits', run: (t) => seq(code(t.vfs.chmod(t.cwd, '/dir', 0o170700, t.cred, true)), t.kind('/dir')), expect: ['ok', 'd700'] },
  { name: 'chmod by a non-owner is EPERM', as: u, run: (t) => code(t.vfs.chmod(t.cwd, '/file', 0o777, t.cred, true)), expect: 'EPERM' },
  { name: 'chmod by the owner', needsHostRoot: true, as: u, run: (t) => seq(code(t.vfs.chmod(t.cwd, '/home/user/own', 0o644, t.cred, true)), t.kind('/home/user/own')), expect: ['ok', 'f644'] },
  { name: 'chmod follows a symlink', run: (t) => seq(code(t.vfs.chmod(t.cwd, '/link', 0o600, t.cred, true)), t.kind('/file'), t.kind('/link', false)), expect: ['ok', 'f600', 'l777'] },
  { name: 'chmod a missing file', run: (t) => code(t.vfs.chmod(t.cwd, '/nope', 0o600, t.cred, true)), expect: 'ENOENT' },
  { name: 'chown by root', needsHostRoot: true, run: (t) => seq(code(t.vfs.chown(t.cwd, '/file', 1000, 1000, t.cred, true)), val(t.st('/file'), (s) => [s.uid, s.gid])), expect: ['ok', [1000, 1000]] },
  { name: 'a user cannot give a file away', as: u, run: (t) => code(t.vfs.chown(t.cwd, '/home/user/own', 0, -1, t.cred, true)), expect: 'EPERM' },
  { name: "the owner may set the file's group to their own", needsHostRoot: true, as: u, run: (t) => code(t.vfs.chown(t.cwd, '/home/user/own', -1, 1000, t.cred, true)), expect: 'ok' },
  { name: 'the owner may not use a foreign group', as: u, run: (t) => code(t.vfs.chown(t.cwd, '/home/user/own', -1, 2000, t.cred, true)), expect: 'EPERM' },
  { name: 'chown -1 -1 by anyone changes nothing', as: u, run: (t) => seq(code(t.vfs.chown(t.cwd, '/file', -1, -1, t.cred, true)), val(t.st('/file'), (s) => s.uid)), expect: ['ok', 0] },
  { name: 'lchown changes the link, not the target', needsHostRoot: true, run: (t) => seq(code(t.vfs.chown(t.cwd, '/link', 1000, 1000, t.cred, false)), val(t.st('/link', false), (s) => s.uid), val(t.st('/file'), (s) => s.uid)), expect: ['ok', 1000, 0] },
  { name: 'chown clears the set-user-id bit', needsHostRoot: true, run: (t) => seq(code(t.vfs.chmod(t.cwd, '/script', 0o4755, t.cred, true)), code(t.vfs.chown(t.cwd, '/script', 1000, -1, t.cred, true)), t.kind('/script')), expect: ['ok', 'ok', 'f755'] },
  { name: 'utimes sets atime and mtime', run: (t) => seq(code(t.vfs.utimes(t.cwd, '/file', 1e12, 2e12, t.cred, true)), val(t.st('/file'), (s) => [s.atimeMs, s.mtimeMs])), expect: ['ok', [1e12, 2e12]] },
  { name: 'utimes truncates to microseconds as libuv does', run: (t) => seq(code(t.vfs.utimes(t.cwd, '/file', 1500.5, 2250.25, t.cred, true)), val(t.st('/file'), (s) => [s.atimeSec, s.atimeNsec, s.mtimeMs])), expect: ['ok', [1, 500499000, 2250.249]] },
  { name: 'utimes by a non-owner is EPERM', as: u, run: (t) => code(t.vfs.utimes(t.cwd, '/file', 1, 2, t.cred, true)), expect: 'EPERM' },
  { name: 'lutimes changes the link only', run: (t) => seq(code(t.vfs.utimes(t.cwd, '/link', 5000, 6000, t.cred, false)), val(t.st('/link', false), (s) => s.mtimeMs), val(t.st('/file'), (s) => s.mtimeMs === 6000)), expect: ['ok', 6000, false] },
  { name: 'truncate shortens', run: (t) => seq(code(t.vfs.truncate(t.cwd, '/file', 2, t.cred)), t.text('/file')), expect: ['ok', 'da'] },
  { name: 'truncate extends with zeros', run: (t) => seq(code(t.vfs.truncate(t.cwd, '/file', 6, t.cred)), t.text('/file')), expect: ['ok', 'data\0\0'] },
  { name: 'shrink then grow reads zeros, not old bytes', run: (t) => seq(code(t.vfs.truncate(t.cwd, '/file', 1, t.cred)), code(t.vfs.truncate(t.cwd, '/file', 4, t.cred)), t.text('/file')), expect: ['ok', 'ok', 'd\0\0\0'] },
  { name: 'truncate a dir is EISDIR', run: (t) => code(t.vfs.truncate(t.cwd, '/dir', 0, t.cred)), expect: 'EISDIR' },
  { name: 'truncate without write permission is EACCES', as: u, run: (t) => code(t.vfs.truncate(t.cwd, '/file', 0, t.cred)), expect: 'EACCES' },
  { name: 'truncate to a negative length is EINVAL', run: (t) => code(t.vfs.truncate(t.cwd, '/file', -1, t.cred)), expect: 'EINVAL' },
  { name: 'truncate follows a symlink', run: (t) => seq(code(t.vfs.truncate(t.cwd, '/link', 1, t.cred)), val(t.st('/file'), size)), expect: ['ok', 1] },
  { name: 'statfs reports a block size', run: (t) => val(t.vfs.statfs(t.cwd, '/dir', t.cred), (s) => s.bsize > 0), expect: true },
  { name: 'statfs of a missing path', run: (t) => val(t.vfs.statfs(t.cwd, '/nope', t.cred), (s) => s), expect: 'ENOENT' },
];

/** Registers one test per row; `makeVfs` gives a fresh, empty VFS for each. */
export function runTable(label: string, makeVfs: () => Vfs, options: { hostRoot: boolean } = { hostRoot: true }): void {
  for (const row of rows) {
    const skip = row.needsHostRoot === true && !options.hostRoot ? 'needs the host to run as root' : false;
    test(`[vfs ${label}] ${row.name}`, { skip }, () => {
      const vfs = makeVfs();
      buildFixture(vfs);
      const t = new Ctx(vfs, row.as ?? ROOT, row.cwd ?? '/');
      assert.deepEqual(row.run(t), row.expect);
    });
  }
}
