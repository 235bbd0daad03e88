// kernel layer: file syscalls — argument checks, then one call into the VFS or the descriptor's
// open description. Every failure is a negative errno.
import { EBADF, EEXIST, EFBIG, EINVAL, EISDIR, EMFILE, ENOENT, ENOTDIR, ENOTSUP } from '../../abi/errno.js';
import { MAX_IO_CHUNK, type Value } from '../../abi/channel.js';
import { Sys } from '../../abi/syscalls.js';
import type { StatResult, Vfs, VfsFile } from '../fs/vfs.js';
import type { Process } from '../proc/process-table.js';
import { FileDescription } from '../proc/open-description.js';
import type { Handler } from '../kernel.js';

const isStr = (v: Value): v is string => typeof v === 'string';
const isInt = (v: Value): v is number => typeof v === 'number' && Number.isInteger(v);
const isPos = (v: Value): v is number | null => v === null || (isInt(v) && v >= 0);

/** VFS results carry errnos as numbers; syscalls answer with them negated. */
function fail(r: number): number {
  return r > 0 ? -r : r;
}

/** The ABI's 14 stat fields, then the exact seconds/nanoseconds pairs bigint stats are built from. */
export function statArray(s: StatResult): number[] {
  return [s.dev, s.mode, s.nlink, s.uid, s.gid, s.rdev, s.blksize, s.ino, s.size, s.blocks,
    s.atimeMs, s.mtimeMs, s.ctimeMs, s.birthtimeMs,
    s.atimeSec, s.atimeNsec, s.mtimeSec, s.mtimeNsec, s.ctimeSec, s.ctimeNsec, s.birthtimeSec, s.birthtimeNsec];
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

const O_WRONLY = 1;
const O_CREAT = 0o100;
const O_EXCL = 0o200;
const O_NOFOLLOW = 0o400000;
const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const COPYFILE_EXCL = 1;
const COPYFILE_FICLONE_FORCE = 4;
const COPY_CHUNK = 1 << 20;

/** Copies the contents of one open file into another, a megabyte at a time. */
function copyContents(src: VfsFile, dst: VfsFile): number {
  const buf = new Uint8Array(COPY_CHUNK);
  let at = 0;
  for (;;) {
    const n = src.read(buf, 0, COPY_CHUNK, at);
    if (n < 0) return n;
    if (n === 0) return 0;
    const w = dst.write(buf, 0, n, at);
    if (w < 0) return w;
    at += n;
  }
}

/**
 * copyFile as libuv does it: open the source, then the destination (created, or EEXIST with
 * COPYFILE_EXCL); the same file twice is a success that changes nothing; otherwise empty the
 * destination and fill it. COPYFILE_FICLONE_FORCE fails there, since no filesystem here clones
 * extents. Once the destination is open, a failure removes it, even a file that existed before.
 */
function copyFile(vfs: Vfs, p: Process, from: string, to: string, mode: number): number {
  const src = vfs.open(p.cwd, from, 0, 0, p.cred, p.umask);
  if (typeof src === 'number') return fail(src);
  try {
    const st = src.stat();
    if (typeof st === 'number') return fail(st);
    if ((st.mode & S_IFMT) === S_IFDIR) return -EISDIR;
    const flags = O_WRONLY | O_CREAT | ((mode & COPYFILE_EXCL) !== 0 ? O_EXCL : 0);
    const dst = vfs.open(p.cwd, to, flags, st.mode & 0o7777, p.cred, 0);
    if (typeof dst === 'number') return fail(dst);
    let r = 0;
    try {
      const dstStat = dst.stat();
      if (typeof dstStat !== 'number' && dstStat.dev === st.dev && dstStat.ino === st.ino) return 0;
      r = fail(dst.truncate(0));
      if (r === 0) r = (mode & COPYFILE_FICLONE_FORCE) !== 0 ? -ENOTSUP : copyContents(src, dst);
      // As libuv does, an existing destination takes the source's permissions; failing that is no error.
      if (r === 0) dst.chmod(st.mode & 0o7777, p.cred);
      return r;
    } finally {
      dst.close();
      if (r < 0) vfs.unlink(p.cwd, to, p.cred);
    }
  } finally {
    src.close();
  }
}

/** Whether only slashes follow `at` in `path`. */
function isLast(path: string, at: number): boolean {
  for (let i = at; i < path.length; i++) if (path.charCodeAt(i) !== 47) return false;
  return true;
}

/** mkdir -p: answers the first directory it created, spelled as in `path`, or null. */
function mkdirp(vfs: Vfs, p: Process, path: string, mode: number): Value {
  let first: string | null = null;
  let end = path.charCodeAt(0) === 47 ? 1 : 0;
  for (;;) {
    let next = path.indexOf('/', end);
    if (next === -1) next = path.length;
    if (next > end) {
      const prefix = path.slice(0, next);
      const last = isLast(path, next);
      const r = vfs.mkdir(p.cwd, prefix, mode, p.cred, p.umask);
      if (r === 0) first ??= last ? path : prefix;
      else if (r === -EEXIST) {
        const st = vfs.stat(p.cwd, prefix, p.cred, true);
        if (typeof st === 'number') return fail(st);
        if ((st.mode & S_IFMT) !== S_IFDIR) return last ? -EEXIST : -ENOTDIR;
      } else return r;
      if (last) return first;
    }
    if (next >= path.length) return first;
    end = next + 1;
  }
}

/** rm -rf of a directory: depth first, links removed rather than followed. */
function rmtree(vfs: Vfs, p: Process, path: string): number {
  const entries = vfs.readdir(p.cwd, path, p.cred);
  if (typeof entries === 'number') return fail(entries);
  const base = path.endsWith('/') ? path : path + '/';
  for (const e of entries) {
    const child = base + e.name;
    let r = e.type === 4 /* DT_DIR */ ? rmtree(vfs, p, child) : vfs.unlink(p.cwd, child, p.cred);
    if (r === -EISDIR) r = rmtree(vfs, p, child);
    if (r < 0 && r !== -ENOENT) return r;
  }
  return vfs.rmdir(p.cwd, path, p.cred);
}

const TEMP_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function mkdtemp(vfs: Vfs, p: Process, prefix: string): Value {
  const random = new Uint8Array(6);
  for (let attempt = 0; attempt < 100; attempt++) {
    crypto.getRandomValues(random);
    let path = prefix;
    for (let i = 0; i < 6; i++) path += TEMP_CHARS[random[i] % TEMP_CHARS.length];
    const r = vfs.mkdir(p.cwd, path, 0o700, p.cred, p.umask);
    if (r === 0) return path;
    if (r !== -EEXIST) return r;
  }
  return -EEXIST;
}

interface Watches {
  next: number;
  stops: Map<number, () => void>;
}

/** Each process's open watches, by id, so that unwatch and exit can stop them. */
const watches = new WeakMap<Process, Watches>();

function watch(vfs: Vfs, p: Process, path: string, recursive: boolean): Value {
  let state = watches.get(p);
  if (state === undefined) watches.set(p, state = { next: 1, stops: new Map() });
  const mine = state.stops;
  const id = state.next++;
  const stop = vfs.watch(p.cwd, path, p.cred, recursive, (event, filename) => {
    if (p.exited || p.thread === null) {
      mine!.get(id)?.();
      mine!.delete(id);
      return;
    }
    p.thread.post({ type: 'fs-event', id, event, filename });
  });
  if (typeof stop === 'number') return fail(stop);
  mine.set(id, stop);
  return id;
}


function statValue(r: StatResult | number): Value {
  return typeof r === 'number' ? fail(r) : statArray(r);
}

/**
 * Where file reads land: a result is encoded into the caller's channel, or copied into its reply
 * message, before the next call is served, so one area serves them all without allocating.
 */
const scratch = new Uint8Array(MAX_IO_CHUNK);

/**
 * The syscall whose byte argument the kernel reads in place in the caller's channel instead of
 * copying it out: a write, the bulk of a big copy. Its handler copies whatever it keeps.
 */
export const BORROWS_BYTES = Sys.write;

export const fsHandlers: Record<number, Handler> = {
  [Sys.open](k, p, [path, flags, mode]) {
    if (!isStr(path) || !isInt(flags) || !isInt(mode)) return -EINVAL;
    const file = k.vfs.open(p.cwd, path, flags, mode, p.cred, p.umask);
    if (typeof file === 'number') return fail(file);
    const fd = p.fds.add(new FileDescription(file));
    if (fd < 0) file.close();
    return fd;
  },

  [Sys.close](k, p, [fd]) {
    if (!isInt(fd)) return -EBADF;
    return p.fds.close(fd);
  },

  [Sys.read](k, p, [fd, length, position]) {
    if (!isInt(fd) || !isInt(length) || length < 0 || !isPos(position)) return -EINVAL;
    const d = p.fds.get(fd);
    if (!d || !d.readable) return -EBADF;
    const want = Math.min(length, MAX_IO_CHUNK);
    if (d.kind === 'file' && d.file !== undefined) {
      const n = d.file.read(scratch, 0, want, position);
      return n < 0 ? n : scratch.subarray(0, n);
    }
    return d.read(want, position) as Value | Promise<Value>;
  },

  [Sys.write](k, p, [fd, data, position]) {
    if (!isInt(fd) || !(data instanceof Uint8Array) || !isPos(position)) return -EINVAL;
    const d = p.fds.get(fd);
    if (!d || !d.writable) return -EBADF;
    // Served from the channel, the bytes are a view of it (see BORROWS_BYTES): a file consumes
    // them before the reply, a pipe or a device may keep them for later.
    const bytes = d.kind === 'file' || !(data.buffer instanceof SharedArrayBuffer) ? data : data.slice();
    return d.write(bytes, position) as Value | Promise<Value>;
  },

  [Sys.stat](k, p, [path, follow]) {
    if (!isStr(path)) return -EINVAL;
    return statValue(k.vfs.stat(p.cwd, path, p.cred, follow !== false));
  },

  [Sys.fstat](k, p, [fd]) {
    if (!isInt(fd)) return -EBADF;
    const d = p.fds.get(fd);
    if (!d) return -EBADF;
    return statValue(d.stat());
  },

  [Sys.readdir](k, p, [path]) {
    if (!isStr(path)) return -EINVAL;
    const r = k.vfs.readdir(p.cwd, path, p.cred);
    if (typeof r === 'number') return fail(r);
    // libuv's scandir sorts by name; backends list in their own order.
    r.sort(byName);
    const names = new Array<string>(r.length);
    const types = new Array<number>(r.length);
    for (let i = 0; i < r.length; i++) {
      names[i] = r[i].name;
      types[i] = r[i].type;
    }
    return [names, types];
  },

  [Sys.mkdir](k, p, [path, mode]) {
    if (!isStr(path) || !isInt(mode)) return -EINVAL;
    return fail(k.vfs.mkdir(p.cwd, path, mode, p.cred, p.umask));
  },

  [Sys.rmdir](k, p, [path]) {
    if (!isStr(path)) return -EINVAL;
    return fail(k.vfs.rmdir(p.cwd, path, p.cred));
  },

  [Sys.unlink](k, p, [path]) {
    if (!isStr(path)) return -EINVAL;
    return fail(k.vfs.unlink(p.cwd, path, p.cred));
  },

  [Sys.rename](k, p, [from, to]) {
    if (!isStr(from) || !isStr(to)) return -EINVAL;
    return fail(k.vfs.rename(p.cwd, from, to, p.cred));
  },

  [Sys.link](k, p, [existing, newPath]) {
    if (!isStr(existing) || !isStr(newPath)) return -EINVAL;
    return fail(k.vfs.link(p.cwd, existing, newPath, p.cred));
  },

  [Sys.symlink](k, p, [target, path]) {
    if (!isStr(target) || !isStr(path)) return -EINVAL;
    return fail(k.vfs.symlink(p.cwd, target, path, p.cred, p.umask));
  },

  [Sys.readlink](k, p, [path]) {
    if (!isStr(path)) return -EINVAL;
    const r = k.vfs.readlink(p.cwd, path, p.cred);
    return typeof r === 'number' ? fail(r) : r;
  },

  [Sys.realpath](k, p, [path]) {
    if (!isStr(path)) return -EINVAL;
    const r = k.vfs.realpath(p.cwd, path, p.cred);
    return typeof r === 'number' ? fail(r) : r;
  },

  [Sys.access](k, p, [path, mode]) {
    if (!isStr(path) || !isInt(mode)) return -EINVAL;
    return fail(k.vfs.access(p.cwd, path, p.cred, mode));
  },

  [Sys.chmod](k, p, [path, mode, follow]) {
    if (!isStr(path) || !isInt(mode)) return -EINVAL;
    return fail(k.vfs.chmod(p.cwd, path, mode, p.cred, follow !== false));
  },

  [Sys.fchmod](k, p, [fd, mode]) {
    if (!isInt(fd) || !isInt(mode)) return -EINVAL;
    const file = p.fds.get(fd)?.file;
    return file ? fail(file.chmod(mode, p.cred)) : -EBADF;
  },

  [Sys.chown](k, p, [path, uid, gid, follow]) {
    if (!isStr(path) || !isInt(uid) || !isInt(gid)) return -EINVAL;
    return fail(k.vfs.chown(p.cwd, path, uid, gid, p.cred, follow !== false));
  },

  [Sys.fchown](k, p, [fd, uid, gid]) {
    if (!isInt(fd) || !isInt(uid) || !isInt(gid)) return -EINVAL;
    const file = p.fds.get(fd)?.file;
    return file ? fail(file.chown(uid, gid, p.cred)) : -EBADF;
  },

  [Sys.utimes](k, p, [path, atime, mtime, follow]) {
    if (!isStr(path) || typeof atime !== 'number' || typeof mtime !== 'number') return -EINVAL;
    return fail(k.vfs.utimes(p.cwd, path, atime, mtime, p.cred, follow !== false));
  },

  [Sys.futimes](k, p, [fd, atime, mtime]) {
    if (!isInt(fd) || typeof atime !== 'number' || typeof mtime !== 'number') return -EINVAL;
    const file = p.fds.get(fd)?.file;
    return file ? fail(file.utimes(atime, mtime, p.cred)) : -EBADF;
  },

  [Sys.truncate](k, p, [path, length]) {
    if (!isStr(path) || !isInt(length) || length < 0) return -EINVAL;
    return fail(k.vfs.truncate(p.cwd, path, length, p.cred));
  },

  [Sys.ftruncate](k, p, [fd, length]) {
    if (!isInt(fd) || !isInt(length) || length < 0) return -EINVAL;
    const d = p.fds.get(fd);
    if (!d?.file || !d.writable) return d ? -EINVAL : -EBADF;
    return fail(d.file.truncate(length));
  },

  [Sys.fsync](k, p, [fd]) {
    if (!isInt(fd)) return -EBADF;
    const d = p.fds.get(fd);
    if (!d) return -EBADF;
    return d.file ? fail(d.file.sync()) : 0;
  },

  [Sys.statfs](k, p, [path]) {
    if (!isStr(path)) return -EINVAL;
    const r = k.vfs.statfs(p.cwd, path, p.cred);
    return typeof r === 'number' ? fail(r) : (r as unknown as Value);
  },

  // Whole-file read in one round trip: the common case of readFileSync and require().
  [Sys.readFile](k, p, [target, flags]) {
    if (!isInt(flags)) return -EINVAL;
    let file;
    let opened = false;
    if (isStr(target)) {
      // Node opens a descriptor of its own for the read: with none left, the open fails.
      if (p.fds.full) return -EMFILE;
      const r = k.vfs.openWhole(p.cwd, target, flags, p.cred, p.umask);
      if (typeof r === 'number') return fail(r);
      if (r instanceof Uint8Array) return r;
      file = r;
      opened = true;
    } else if (isInt(target)) {
      const d = p.fds.get(target);
      if (!d || !d.readable) return -EBADF;
      if (!d.file) return -EINVAL;
      file = d.file;
    } else return -EINVAL;
    try {
      const st = file.stat();
      if (typeof st === 'number') return fail(st);
      if ((st.mode & 0o170000) === 0o040000) return -EISDIR;
      const size = st.size - (opened ? 0 : Math.min(file.position, st.size));
      if (size > MAX_IO_CHUNK) return -EFBIG;
      const n = file.read(scratch, 0, size, null);
      return n < 0 ? n : scratch.subarray(0, n);
    } finally {
      if (opened) file.close();
    }
  },

  [Sys.writeFile](k, p, [target, data, flags, mode]) {
    if (!(data instanceof Uint8Array) || !isInt(flags) || !isInt(mode)) return -EINVAL;
    if (isStr(target)) {
      if (p.fds.full) return -EMFILE;
      const file = k.vfs.open(p.cwd, target, flags, mode, p.cred, p.umask);
      if (typeof file === 'number') return fail(file);
      const n = file.write(data, 0, data.byteLength, null);
      file.close();
      return n;
    }
    if (!isInt(target)) return -EINVAL;
    const d = p.fds.get(target);
    if (!d || !d.writable) return -EBADF;
    return d.write(data, null) as Value | Promise<Value>;
  },

  [Sys.copyFile](k, p, [from, to, mode]) {
    if (!isStr(from) || !isStr(to) || !isInt(mode) || mode < 0 || mode > 7) return -EINVAL;
    return copyFile(k.vfs, p, from, to, mode);
  },

  [Sys.mkdirp](k, p, [path, mode]) {
    if (!isStr(path) || !isInt(mode)) return -EINVAL;
    return mkdirp(k.vfs, p, path, mode);
  },

  [Sys.rmtree](k, p, [path]) {
    if (!isStr(path)) return -EINVAL;
    return rmtree(k.vfs, p, path);
  },

  [Sys.mkdtemp](k, p, [prefix]) {
    if (!isStr(prefix)) return -EINVAL;
    return mkdtemp(k.vfs, p, prefix);
  },

  [Sys.watch](k, p, [path, recursive]) {
    if (!isStr(path)) return -EINVAL;
    return watch(k.vfs, p, path, recursive === true);
  },

  [Sys.unwatch](k, p, [id]) {
    if (!isInt(id)) return -EINVAL;
    const mine = watches.get(p)?.stops;
    const stop = mine?.get(id);
    if (stop === undefined) return -EINVAL;
    stop();
    mine!.delete(id);
    return 0;
  },

  [Sys.isatty](k, p, [fd]) {
    if (!isInt(fd)) return -EBADF;
    const d = p.fds.get(fd);
    return d ? d.isatty : -EBADF;
  },

  [Sys.dup2](k, p, [oldFd, newFd]) {
    if (!isInt(oldFd) || !isInt(newFd)) return -EBADF;
    return p.fds.dup2(oldFd, newFd);
  },
};
