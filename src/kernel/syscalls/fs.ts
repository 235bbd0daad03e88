// kernel layer: file syscalls — argument checks, then one call into the VFS or the descriptor's
// open description. Every failure is a negative errno.
import { EBADF, EFBIG, EINVAL, EISDIR } from '../../abi/errno.js';
import { MAX_IO_CHUNK, type Value } from '../../abi/channel.js';
import { Sys } from '../../abi/syscalls.js';
import type { StatResult } from '../fs/vfs.js';
import { FileDescription } from '../proc/open-description.js';
import type { Handler } from '../kernel.js';

const isStr = (v: Value): v is string => typeof v === 'string';
const isInt = (v: Value): v is number => typeof v === 'number' && Number.isInteger(v);
const isPos = (v: Value): v is number | null => v === null || (isInt(v) && v >= 0);

/** VFS results carry errnos as numbers; syscalls answer with them negated. */
function fail(r: number): number {
  return r > 0 ? -r : r;
}

export function statArray(s: StatResult): number[] {
  return [s.dev, s.mode, s.nlink, s.uid, s.gid, s.rdev, s.blksize, s.ino, s.size, s.blocks,
    s.atimeMs, s.mtimeMs, s.ctimeMs, s.birthtimeMs];
}

function statValue(r: StatResult | number): Value {
  return typeof r === 'number' ? fail(r) : statArray(r);
}

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
    return d.read(Math.min(length, MAX_IO_CHUNK), position) as Value | Promise<Value>;
  },

  [Sys.write](k, p, [fd, data, position]) {
    if (!isInt(fd) || !(data instanceof Uint8Array) || !isPos(position)) return -EINVAL;
    const d = p.fds.get(fd);
    if (!d || !d.writable) return -EBADF;
    return d.write(data, position) as Value | Promise<Value>;
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
    return [r.map((e) => e.name), r.map((e) => e.type)];
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
      const r = k.vfs.open(p.cwd, target, flags, 0o666, p.cred, p.umask);
      if (typeof r === 'number') return fail(r);
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
      const dst = new Uint8Array(size);
      const n = file.read(dst, 0, size, null);
      if (n < 0) return n;
      return n === size ? dst : dst.subarray(0, n);
    } finally {
      if (opened) file.close();
    }
  },

  [Sys.writeFile](k, p, [target, data, flags, mode]) {
    if (!(data instanceof Uint8Array) || !isInt(flags) || !isInt(mode)) return -EINVAL;
    if (isStr(target)) {
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
