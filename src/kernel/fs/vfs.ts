// Kernel layer: the virtual filesystem. Owns the mount table, path resolution (symlinks, '..',
// mount crossings, search permission), the POSIX rules of every path call, devices and watchers.
import {
  EACCES, EBUSY, EEXIST, EINVAL, EISDIR, ELOOP, ENAMETOOLONG, ENOENT, ENOTDIR, ENOTEMPTY, ENXIO, EPERM, EXDEV,
} from '../../abi/errno.js';
import { MemoryBackend } from './backends/memory.js';
import {
  O_ACCMODE, O_CREAT, O_DIRECTORY, O_EXCL, O_NOFOLLOW, O_RDONLY, O_TRUNC, O_WRONLY,
  R_OK, S_IFCHR, S_IFDIR, S_IFLNK, S_IFMT, S_IFREG, S_ISGID, S_ISVTX, W_OK, X_OK, permits, toStat,
  type Cred, type DeviceDriver, type DirEntry, type FsBackend, type NodeAttr, type SetAttr, type StatFs, type StatResult,
} from './inode.js';
import { OpenFile, chmodChanges, chownChanges, utimesChanges, type VfsFile } from './open-file.js';

export type { Cred, DirEntry, FsBackend, StatFs, StatResult } from './inode.js';
export type { VfsFile } from './open-file.js';

const MAX_SYMLINKS = 40;
const PATH_MAX = 4096;
const NAME_MAX = 255;

/** Symlink handling for the last component of a path. */
/** Never: unlink, rmdir, rename, mkdir, link and symlink act on the link itself, slash or not. */
const FOLLOW_NEVER = 0;
const FOLLOW_ALWAYS = 1;
/** Only when the path ends in '/', as lstat does. */
const FOLLOW_IF_SLASH = 2;
type Follow = typeof FOLLOW_NEVER | typeof FOLLOW_ALWAYS | typeof FOLLOW_IF_SLASH;

export type WatchListener = (event: 'rename' | 'change', filename: string) => void;

interface Mount {
  readonly backend: FsBackend;
  readonly dev: number;
  readonly path: string;
}

/** A node reached by a walk: its filesystem, the backend's handle, its canonical path and attributes. */
interface Loc {
  mount: Mount;
  node: unknown;
  path: string;
  attr: NodeAttr;
}

interface Walked {
  /** Directories from the root down to `parent` (or to `node` when the path ended in '.', '..' or '/'). */
  stack: Loc[];
  /** Directory holding the last component; null when the path ended in '.', '..' or was '/'. */
  parent: Loc | null;
  name: string;
  /** The node the path names, or null when only its last component is missing. */
  node: Loc | null;
  /** The path ended in '/'. */
  slash: boolean;
}

/**
 * A node found by `resolve`, held for the calls that act on it without walking its path again
 * (`openResolved`, `resolveBeside`). It stands for the node as the walk found it: use it within
 * the call that resolved it.
 */
export interface Resolved {
  /** The node's canonical path, as realpath answers it. */
  readonly path: string;
  /** Its type and permission bits, as stat (following symlinks) answers them. */
  readonly mode: number;
}

/** What `Resolved` carries for the VFS alone. */
interface ResolvedLoc extends Resolved {
  readonly loc: Loc;
  /** Directories from the root down to the one holding `loc` (all searched by the walk). */
  readonly dirs: Loc[];
}

interface Watcher {
  recursive: boolean;
  listener: WatchListener;
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

/** The last name of a path as written, for calls that treat '.', '..' and '/' specially. */
function lastName(path: string): string {
  let end = path.length;
  while (end > 1 && path.charCodeAt(end - 1) === 47) end--;
  const start = path.lastIndexOf('/', end - 1) + 1;
  return path.slice(start, end);
}

/** Pushes the non-empty components of `path` so that popping yields them in order. */
function pushComponents(pending: string[], path: string): void {
  let end = path.length;
  while (end > 0) {
    const slash = path.lastIndexOf('/', end - 1);
    if (slash + 1 < end) pending.push(path.slice(slash + 1, end));
    end = slash;
  }
}

function isDir(a: NodeAttr): boolean {
  return (a.mode & S_IFMT) === S_IFDIR;
}

function childPath(dir: string, name: string): string {
  return dir === '/' ? '/' + name : dir + '/' + name;
}

const ROOT_CRED: Cred = Object.freeze({ uid: 0, gid: 0, groups: Object.freeze([]) });

/**
 * Number results are 0 on success and -errno on failure; object results are the value or a
 * positive errno. Nothing here throws on a bad request.
 */
export class Vfs {
  private readonly _now: () => number;
  private readonly _root: Mount;
  /** Mounts other than the root, by the canonical path of their mount point. */
  private readonly _mounts = new Map<string, Mount>();
  /** The mounted backends that work ahead of need, polled on every idle scan of the kernel. */
  private _idlers: FsBackend[] = [];
  private _nextDev = 1;
  private readonly _devices = new Map<number, DeviceDriver>();
  private readonly _watchers = new Map<string, Set<Watcher>>();
  private readonly _fileChanged = (path: string): void => {
    if (this._watchers.size === 0) return;
    const slash = path.lastIndexOf('/');
    this._notify(slash === 0 ? '/' : path.slice(0, slash), path.slice(slash + 1), 'change');
  };

  constructor(options: { now(): number; root?: FsBackend }) {
    this._now = () => options.now();
    const backend = options.root ?? new MemoryBackend({ now: this._now });
    backend.setClock?.(this._now);
    this._root = { backend, dev: this._nextDev++, path: '/' };
    this._collectIdlers();
  }

  /** One step of the filesystems' work ahead of need (FsBackend.idle); whether more remains. */
  idle(): boolean {
    let more = false;
    for (let i = 0; i < this._idlers.length; i++) if (this._idlers[i].idle!()) more = true;
    return more;
  }

  private _collectIdlers(): void {
    this._idlers = [this._root, ...this._mounts.values()].map((m) => m.backend).filter((b) => b.idle !== undefined);
  }

  /** Mounts `backend` on an existing directory. */
  mount(path: string, backend: FsBackend): number {
    const w = this._walk('/', path, ROOT_CRED, FOLLOW_ALWAYS);
    if (typeof w === 'number') return -w;
    if (w.node === null) return -ENOENT;
    if (!isDir(w.node.attr)) return -ENOTDIR;
    const at = w.node.path;
    if (at === '/' || this._mounts.has(at)) return -EBUSY;
    backend.setClock?.(this._now);
    this._mounts.set(at, { backend, dev: this._nextDev++, path: at });
    this._collectIdlers();
    return 0;
  }

  /** Removes the mount on `path` (a mount with mounts below it is EBUSY). */
  unmount(path: string): number {
    const w = this._walk('/', path, ROOT_CRED, FOLLOW_ALWAYS);
    if (typeof w === 'number') return -w;
    if (w.node === null) return -ENOENT;
    const at = w.node.path;
    if (!this._mounts.has(at)) return -EINVAL;
    const prefix = at + '/';
    for (const other of this._mounts.keys()) if (other.startsWith(prefix)) return -EBUSY;
    this._mounts.delete(at);
    this._collectIdlers();
    return 0;
  }

  /** Registers the driver that opens of character devices with this `rdev` reach. */
  registerDevice(rdev: number, driver: DeviceDriver): void {
    this._devices.set(rdev, driver);
  }

  /** Creates a character device node (root only). */
  mknod(cwd: string, path: string, mode: number, rdev: number, cred: Cred, umask: number): number {
    if (cred.uid !== 0) return -EPERM;
    return this._createAt(cwd, path, cred, S_IFCHR | (mode & ~umask & 0o7777), undefined, rdev);
  }

  // ---- path resolution ----

  private _rootLoc(m: Mount): Loc | number {
    const attr = m.backend.getattr(m.backend.root);
    if (typeof attr === 'number') return attr;
    return { mount: m, node: m.backend.root, path: m.path, attr };
  }

  /**
   * Resolves `path` from `cwd`. A missing last component is not an error: the result names its
   * parent, for the calls that create. `cred` null skips permission checks (for the cwd itself,
   * whose ancestors Linux never re-checks).
   */
  private _walk(cwd: string, path: string, cred: Cred | null, follow: Follow): Walked | number {
    if (typeof path !== 'string' || typeof cwd !== 'string') return EINVAL;
    if (path.length === 0) return ENOENT;
    if (path.length >= PATH_MAX / 3 && utf8Length(path) >= PATH_MAX) return ENAMETOOLONG;
    if (path.indexOf('\0') !== -1) return EINVAL;
    let stack: Loc[];
    if (path.charCodeAt(0) === 47) {
      const root = this._rootLoc(this._root);
      if (typeof root === 'number') return root;
      stack = [root];
    } else {
      if (cwd.charCodeAt(0) !== 47) return EINVAL;
      const c = this._walk('/', cwd, null, FOLLOW_ALWAYS);
      if (typeof c === 'number') return c;
      if (c.node === null) return ENOENT;
      stack = c.stack;
      if (c.parent !== null) stack.push(c.node);
    }
    const slash = path.charCodeAt(path.length - 1) === 47;
    const pending: string[] = [];
    pushComponents(pending, path);
    return this._resolve(stack, pending, cred, follow, slash);
  }

  private _resolve(stack: Loc[], pending: string[], cred: Cred | null, follow: Follow, slash: boolean): Walked | number {
    let hops = 0;
    let mustFollow = follow === FOLLOW_ALWAYS || (follow === FOLLOW_IF_SLASH && slash);
    while (pending.length > 0) {
      const name = pending.pop()!;
      const cur = stack[stack.length - 1]!;
      if (!isDir(cur.attr)) return ENOTDIR;
      if (cred !== null && !permits(cur.attr, cred, X_OK)) return EACCES;
      if (name === '.') continue;
      if (name === '..') {
        if (stack.length > 1) stack.pop();
        continue;
      }
      if (name.length > NAME_MAX / 3 && utf8Length(name) > NAME_MAX) return ENAMETOOLONG;
      const last = pending.length === 0;
      const path = childPath(cur.path, name);
      let child: Loc;
      const mounted = this._mounts.get(path);
      if (mounted !== undefined) {
        const r = this._rootLoc(mounted);
        if (typeof r === 'number') return r;
        child = r;
      } else {
        const backend = cur.mount.backend;
        const node = backend.lookup(cur.node, name);
        if (typeof node === 'number') {
          if (node === ENOENT && last) return { stack, parent: cur, name, node: null, slash };
          return node;
        }
        const attr = backend.getattr(node);
        if (typeof attr === 'number') return attr;
        child = { mount: cur.mount, node, path, attr };
      }
      if ((child.attr.mode & S_IFMT) === S_IFLNK && (!last || mustFollow)) {
        if (++hops > MAX_SYMLINKS) return ELOOP;
        const target = child.mount.backend.readlink(child.node);
        if (typeof target === 'number') return target;
        if (target.length === 0) return ENOENT;
        if (last && target.charCodeAt(target.length - 1) === 47) {
          slash = true;
          mustFollow = true;
        }
        pushComponents(pending, target);
        if (target.charCodeAt(0) === 47) stack.length = 1;
        continue;
      }
      if (last) return { stack, parent: cur, name, node: child, slash };
      stack.push(child);
    }
    const top = stack[stack.length - 1]!;
    if (!isDir(top.attr)) return ENOTDIR;
    return { stack, parent: null, name: '', node: top, slash: true };
  }

  /** Walks to an existing node, applying the trailing-slash rule. */
  private _lookup(cwd: string, path: string, cred: Cred, follow: Follow): Loc | number {
    const w = this._walk(cwd, path, cred, follow);
    if (typeof w === 'number') return w;
    if (w.node === null) return ENOENT;
    if (w.slash && !isDir(w.node.attr)) return ENOTDIR;
    return w.node;
  }

  private _resolved(w: Walked): ResolvedLoc | number {
    const loc = w.node;
    if (loc === null) return ENOENT;
    if (w.slash && !isDir(loc.attr)) return ENOTDIR;
    const dirs = w.stack;
    // A path ending in '.', '..' or '/' leaves the node itself on top of the stack.
    if (w.parent === null && dirs.length > 1) dirs.pop();
    return { path: loc.path, mode: loc.attr.mode, loc, dirs };
  }

  /** May `cred` remove or replace `victim` in `dir`? (write+search, and the sticky-bit rule) */
  private _mayDelete(dir: Loc, victim: Loc, cred: Cred): number {
    if (!permits(dir.attr, cred, W_OK | X_OK)) return EACCES;
    if ((dir.attr.mode & S_ISVTX) !== 0 && cred.uid !== 0 && cred.uid !== victim.attr.uid && cred.uid !== dir.attr.uid) {
      return EPERM;
    }
    return 0;
  }

  private _isMountPoint(loc: Loc): boolean {
    return loc.path === '/' || this._mounts.has(loc.path);
  }

  /** Creates a node at `path` (which must not exist) for mkdir, symlink and mknod. */
  private _createAt(cwd: string, path: string, cred: Cred, mode: number, target: string | undefined, rdev: number | undefined): number {
    const w = this._walk(cwd, path, cred, FOLLOW_NEVER);
    if (typeof w === 'number') return -w;
    if (w.node !== null || w.parent === null) return -EEXIST;
    const parent = w.parent;
    if (w.slash && (mode & S_IFMT) !== S_IFDIR) return -ENOENT;
    if (!permits(parent.attr, cred, W_OK | X_OK)) return -EACCES;
    let gid = cred.gid;
    if ((parent.attr.mode & S_ISGID) !== 0) {
      gid = parent.attr.gid;
      if ((mode & S_IFMT) === S_IFDIR) mode |= S_ISGID;
    }
    const r = parent.mount.backend.create(parent.node, w.name, { mode, uid: cred.uid, gid, target, rdev });
    if (typeof r === 'number') return -r;
    this._notify(parent.path, w.name, 'rename');
    return 0;
  }

  // ---- path calls ----

  stat(cwd: string, path: string, cred: Cred, follow: boolean): StatResult | number {
    const loc = this._lookup(cwd, path, cred, follow ? FOLLOW_ALWAYS : FOLLOW_IF_SLASH);
    if (typeof loc === 'number') return loc;
    return toStat(loc.mount.dev, loc.attr);
  }

  access(cwd: string, path: string, cred: Cred, mode: number): number {
    if (!Number.isInteger(mode) || (mode & ~7) !== 0) return -EINVAL;
    const loc = this._lookup(cwd, path, cred, FOLLOW_ALWAYS);
    if (typeof loc === 'number') return -loc;
    if (mode !== 0 && !permits(loc.attr, cred, mode)) return -EACCES;
    return 0;
  }

  open(cwd: string, path: string, flags: number, mode: number, cred: Cred, umask: number): VfsFile | number {
    if (!Number.isInteger(flags)) return EINVAL;
    const creat = (flags & O_CREAT) !== 0;
    const excl = creat && (flags & O_EXCL) !== 0;
    const follow = excl || (flags & O_NOFOLLOW) !== 0 ? FOLLOW_NEVER : FOLLOW_ALWAYS;
    const w = this._walk(cwd, path, cred, follow);
    if (typeof w === 'number') return w;
    if (w.node !== null) return excl ? EEXIST : this._openExisting(w.node, flags, w.slash, cred);
    if (!creat) return ENOENT;
    if (w.slash) return EISDIR;
    const parent = w.parent!;
    if (!permits(parent.attr, cred, W_OK | X_OK)) return EACCES;
    const gid = (parent.attr.mode & S_ISGID) !== 0 ? parent.attr.gid : cred.gid;
    const backend = parent.mount.backend;
    const node = backend.create(parent.node, w.name, { mode: S_IFREG | (mode & ~umask & 0o7777), uid: cred.uid, gid });
    if (typeof node === 'number') return node;
    const attr = backend.getattr(node);
    if (typeof attr === 'number') return attr;
    this._notify(parent.path, w.name, 'rename');
    return this._openNode({ mount: parent.mount, node, path: childPath(parent.path, w.name), attr }, flags, flags & ~(O_CREAT | O_EXCL | O_TRUNC));
  }

  /**
   * open(path, flags) for a read of the whole file: the open file or, when its filesystem keeps
   * a current copy of the file's content (`FsBackend.cachedContent`), that content, which spares
   * the open. Fails exactly as open would.
   */
  openWhole(cwd: string, path: string, flags: number, cred: Cred, umask: number): VfsFile | Uint8Array | number {
    if ((flags & (O_ACCMODE | O_CREAT | O_TRUNC | O_NOFOLLOW | O_DIRECTORY)) !== O_RDONLY) {
      return this.open(cwd, path, flags, 0o666, cred, umask);
    }
    const w = this._walk(cwd, path, cred, FOLLOW_ALWAYS);
    if (typeof w === 'number') return w;
    const loc = w.node;
    if (loc === null) return ENOENT;
    const backend = loc.mount.backend;
    if (backend.cachedContent !== undefined && !w.slash && (loc.attr.mode & S_IFMT) === S_IFREG && permits(loc.attr, cred, R_OK)) {
      const content = backend.cachedContent(loc.node, loc.attr);
      if (content !== undefined) return content;
    }
    return this._openExisting(loc, flags, w.slash, cred);
  }

  /** The checks and effects of opening a node that exists (O_EXCL already refused). */
  private _openExisting(loc: Loc, flags: number, slash: boolean, cred: Cred): VfsFile | number {
    const type = loc.attr.mode & S_IFMT;
    if (type === S_IFLNK) return ELOOP;
    if (type !== S_IFDIR && (slash || (flags & O_DIRECTORY) !== 0)) return ENOTDIR;
    const acc = flags & O_ACCMODE;
    const truncate = (flags & O_TRUNC) !== 0;
    if (type === S_IFDIR && (acc !== O_RDONLY || (flags & O_CREAT) !== 0 || truncate)) return EISDIR;
    let want = acc === O_RDONLY ? R_OK : acc === O_WRONLY ? W_OK : R_OK | W_OK;
    if (truncate) want |= W_OK;
    if (!permits(loc.attr, cred, want)) return EACCES;
    if (truncate && type === S_IFREG) {
      const err = loc.mount.backend.setattr(loc.node, { size: 0 });
      if (err !== 0) return err;
      this._fileChanged(loc.path);
    }
    return this._openNode(loc, flags, flags & ~(O_CREAT | O_EXCL));
  }

  private _openNode(loc: Loc, flags: number, backendFlags: number): VfsFile | number {
    let device: DeviceDriver | null = null;
    if ((loc.attr.mode & S_IFMT) === S_IFCHR) {
      device = this._devices.get(loc.attr.rdev) ?? null;
      if (device === null) return ENXIO;
    }
    const file = loc.mount.backend.open(loc.node, backendFlags);
    if (typeof file === 'number') return file;
    return new OpenFile(flags, loc.mount.dev, file, isDir(loc.attr), device, loc.path, this._fileChanged);
  }

  /**
   * Resolves `path` once, following symlinks, for a caller that wants several answers about it:
   * its type and real path (what stat and realpath would answer) and then, perhaps, an open or a
   * name beside it, each without walking the path again. Fails exactly as stat(path) would.
   */
  resolve(cwd: string, path: string, cred: Cred): Resolved | number {
    const w = this._walk(cwd, path, cred, FOLLOW_ALWAYS);
    if (typeof w === 'number') return w;
    return this._resolved(w);
  }

  /**
   * Resolves `name` (one component, followed if a symlink) in the directory that holds `at`: what
   * resolve() of `name` beside `at`'s real path answers, without walking to that directory again.
   */
  resolveBeside(at: Resolved, name: string, cred: Cred): Resolved | number {
    if (typeof name !== 'string' || name.length === 0 || name.indexOf('/') !== -1 || name.indexOf('\0') !== -1) return EINVAL;
    const w = this._resolve((at as ResolvedLoc).dirs.slice(), [name], cred, FOLLOW_ALWAYS, false);
    if (typeof w === 'number') return w;
    return this._resolved(w);
  }

  /**
   * Opens a node found by resolve(), as open() of its path would with `flags` (which may not
   * create, nor refuse to follow symlinks: the node was found by following them).
   */
  openResolved(at: Resolved, flags: number, cred: Cred): VfsFile | number {
    if (!Number.isInteger(flags) || (flags & (O_CREAT | O_EXCL | O_NOFOLLOW)) !== 0) return EINVAL;
    return this._openExisting((at as ResolvedLoc).loc, flags, false, cred);
  }

  mkdir(cwd: string, path: string, mode: number, cred: Cred, umask: number): number {
    return this._createAt(cwd, path, cred, S_IFDIR | (mode & ~umask & 0o1777), undefined, undefined);
  }

  symlink(cwd: string, target: string, path: string, cred: Cred, _umask?: number): number {
    if (typeof target !== 'string') return -EINVAL;
    if (target.length === 0) return -ENOENT;
    if (target.length >= PATH_MAX / 3 && utf8Length(target) >= PATH_MAX) return -ENAMETOOLONG;
    // Linux ignores the umask for symlinks: their permission bits are always 0777.
    return this._createAt(cwd, path, cred, S_IFLNK | 0o777, target, undefined);
  }

  rmdir(cwd: string, path: string, cred: Cred): number {
    const w = this._walk(cwd, path, cred, FOLLOW_NEVER);
    if (typeof w === 'number') return -w;
    const loc = w.node;
    if (loc === null) return -ENOENT;
    if (w.parent === null) {
      const name = lastName(path);
      return name === '.' ? -EINVAL : name === '..' ? -ENOTEMPTY : -EBUSY;
    }
    const err = this._mayDelete(w.parent, loc, cred);
    if (err !== 0) return -err;
    if (!isDir(loc.attr)) return -ENOTDIR;
    if (this._isMountPoint(loc)) return -EBUSY;
    const r = w.parent.mount.backend.rmdir(w.parent.node, w.name);
    if (r !== 0) return -r;
    this._notify(w.parent.path, w.name, 'rename');
    return 0;
  }

  unlink(cwd: string, path: string, cred: Cred): number {
    const w = this._walk(cwd, path, cred, FOLLOW_NEVER);
    if (typeof w === 'number') return -w;
    const loc = w.node;
    if (loc === null) return -ENOENT;
    if (w.parent === null) return -EISDIR;
    if (w.slash) return isDir(loc.attr) ? -EISDIR : -ENOTDIR;
    const err = this._mayDelete(w.parent, loc, cred);
    if (err !== 0) return -err;
    if (isDir(loc.attr)) return -EISDIR;
    const r = w.parent.mount.backend.unlink(w.parent.node, w.name);
    if (r !== 0) return -r;
    this._notify(w.parent.path, w.name, 'rename');
    return 0;
  }

  rename(cwd: string, from: string, to: string, cred: Cred): number {
    const s = this._walk(cwd, from, cred, FOLLOW_NEVER);
    if (typeof s === 'number') return -s;
    const d = this._walk(cwd, to, cred, FOLLOW_NEVER);
    if (typeof d === 'number') return -d;
    const sp = s.parent;
    const dp = d.parent;
    if (sp !== null && dp !== null && sp.mount !== dp.mount) return -EXDEV;
    if (sp === null || dp === null) return -EBUSY;
    const src = s.node;
    if (src === null) return -ENOENT;
    const dst = d.node;
    const srcIsDir = isDir(src.attr);
    if (!srcIsDir && (s.slash || d.slash)) return -ENOTDIR;
    const dstPath = childPath(dp.path, d.name);
    if (dstPath.startsWith(src.path + '/')) return -EINVAL;
    if (src.path.startsWith(dstPath + '/')) return -ENOTEMPTY;
    if (dst !== null && dst.mount === src.mount && dst.attr.ino === src.attr.ino) return 0;
    let err = this._mayDelete(sp, src, cred);
    if (err !== 0) return -err;
    if (dst === null) {
      if (!permits(dp.attr, cred, W_OK | X_OK)) return -EACCES;
    } else {
      err = this._mayDelete(dp, dst, cred);
      if (err !== 0) return -err;
      const dstIsDir = isDir(dst.attr);
      if (srcIsDir && !dstIsDir) return -ENOTDIR;
      if (!srcIsDir && dstIsDir) return -EISDIR;
      if (this._isMountPoint(dst)) return -EBUSY;
    }
    if (this._isMountPoint(src)) return -EBUSY;
    if (srcIsDir) {
      const prefix = src.path + '/';
      for (const m of this._mounts.keys()) if (m.startsWith(prefix)) return -EBUSY;
      // Moving a directory rewrites its '..' entry, which takes write permission on it.
      if (sp.path !== dp.path && !permits(src.attr, cred, W_OK)) return -EACCES;
    }
    const r = sp.mount.backend.rename(sp.node, s.name, dp.node, d.name);
    if (r !== 0) return -r;
    this._notify(sp.path, s.name, 'rename');
    this._notify(dp.path, d.name, 'rename');
    return 0;
  }

  link(cwd: string, existing: string, newPath: string, cred: Cred): number {
    const src = this._lookup(cwd, existing, cred, FOLLOW_NEVER);
    if (typeof src === 'number') return -src;
    const d = this._walk(cwd, newPath, cred, FOLLOW_NEVER);
    if (typeof d === 'number') return -d;
    if (d.node !== null || d.parent === null) return -EEXIST;
    if (d.slash) return -ENOENT;
    const dp = d.parent;
    if (dp.mount !== src.mount) return -EXDEV;
    if (!permits(dp.attr, cred, W_OK | X_OK)) return -EACCES;
    if (isDir(src.attr)) return -EPERM;
    // fs.protected_hardlinks (on by default): only a file's owner, or someone who may read and
    // write a regular file, may link to it.
    if (cred.uid !== 0 && cred.uid !== src.attr.uid &&
        ((src.attr.mode & S_IFMT) !== S_IFREG || !permits(src.attr, cred, R_OK | W_OK))) return -EPERM;
    const r = src.mount.backend.link(src.node, dp.node, d.name);
    if (r !== 0) return -r;
    this._notify(dp.path, d.name, 'rename');
    return 0;
  }

  readlink(cwd: string, path: string, cred: Cred): string | number {
    const loc = this._lookup(cwd, path, cred, FOLLOW_IF_SLASH);
    if (typeof loc === 'number') return loc;
    if ((loc.attr.mode & S_IFMT) !== S_IFLNK) return EINVAL;
    return loc.mount.backend.readlink(loc.node);
  }

  realpath(cwd: string, path: string, cred: Cred): string | number {
    const loc = this._lookup(cwd, path, cred, FOLLOW_ALWAYS);
    if (typeof loc === 'number') return loc;
    return loc.path;
  }

  /** Entries without '.' and '..', in the backend's order (creation order for the memory backend). */
  readdir(cwd: string, path: string, cred: Cred): DirEntry[] | number {
    const loc = this._lookup(cwd, path, cred, FOLLOW_ALWAYS);
    if (typeof loc === 'number') return loc;
    if (!isDir(loc.attr)) return ENOTDIR;
    if (!permits(loc.attr, cred, R_OK)) return EACCES;
    return loc.mount.backend.readdir(loc.node);
  }

  private _setattr(cwd: string, path: string, cred: Cred, follow: boolean, decide: (a: NodeAttr) => SetAttr | number): number {
    const loc = this._lookup(cwd, path, cred, follow ? FOLLOW_ALWAYS : FOLLOW_IF_SLASH);
    if (typeof loc === 'number') return -loc;
    const changes = decide(loc.attr);
    if (typeof changes === 'number') return -changes;
    const r = loc.mount.backend.setattr(loc.node, changes);
    if (r !== 0) return -r;
    this._fileChanged(loc.path);
    return 0;
  }

  chmod(cwd: string, path: string, mode: number, cred: Cred, follow: boolean): number {
    if (!Number.isInteger(mode)) return -EINVAL;
    return this._setattr(cwd, path, cred, follow, (a) => chmodChanges(a, mode, cred));
  }

  chown(cwd: string, path: string, uid: number, gid: number, cred: Cred, follow: boolean): number {
    if (!Number.isInteger(uid) || !Number.isInteger(gid) || uid < -1 || gid < -1) return -EINVAL;
    return this._setattr(cwd, path, cred, follow, (a) => chownChanges(a, uid, gid, cred));
  }

  utimes(cwd: string, path: string, atimeMs: number, mtimeMs: number, cred: Cred, follow: boolean): number {
    return this._setattr(cwd, path, cred, follow, (a) => utimesChanges(a, atimeMs, mtimeMs, cred));
  }

  truncate(cwd: string, path: string, len: number, cred: Cred): number {
    if (!Number.isInteger(len) || len < 0) return -EINVAL;
    const loc = this._lookup(cwd, path, cred, FOLLOW_ALWAYS);
    if (typeof loc === 'number') return -loc;
    const type = loc.attr.mode & S_IFMT;
    if (type === S_IFDIR) return -EISDIR;
    if (type !== S_IFREG) return -EINVAL;
    if (!permits(loc.attr, cred, W_OK)) return -EACCES;
    const r = loc.mount.backend.setattr(loc.node, { size: len });
    if (r !== 0) return -r;
    this._fileChanged(loc.path);
    return 0;
  }

  statfs(cwd: string, path: string, cred: Cred): StatFs | number {
    const loc = this._lookup(cwd, path, cred, FOLLOW_ALWAYS);
    if (typeof loc === 'number') return loc;
    return loc.mount.backend.statfs();
  }

  /**
   * Calls `listener` for every change made through this VFS to `path` or, for a directory, to its
   * entries (and, when recursive, to everything below it), as inotify-based fs.watch reports them:
   * 'rename' when a name appears or disappears, 'change' for content and attributes. The filename
   * is relative to the watched directory, or the basename when a file itself is watched.
   * Listeners must not throw. Returns the function that stops watching.
   */
  watch(cwd: string, path: string, cred: Cred, recursive: boolean, listener: WatchListener): (() => void) | number {
    if (typeof listener !== 'function') return EINVAL;
    const loc = this._lookup(cwd, path, cred, FOLLOW_ALWAYS);
    if (typeof loc === 'number') return loc;
    const key = loc.path;
    let set = this._watchers.get(key);
    if (set === undefined) this._watchers.set(key, set = new Set());
    const watcher: Watcher = { recursive: recursive && isDir(loc.attr), listener };
    set.add(watcher);
    return () => {
      const current = this._watchers.get(key);
      if (current === undefined) return;
      current.delete(watcher);
      if (current.size === 0) this._watchers.delete(key);
    };
  }

  private _notify(dir: string, name: string, event: 'rename' | 'change'): void {
    if (this._watchers.size === 0) return;
    const full = childPath(dir, name);
    const onDir = this._watchers.get(dir);
    if (onDir !== undefined) for (const w of [...onDir]) w.listener(event, name);
    const onSelf = this._watchers.get(full);
    if (onSelf !== undefined) for (const w of [...onSelf]) w.listener(event, name);
    let ancestor = dir;
    while (ancestor !== '/') {
      const slash = ancestor.lastIndexOf('/');
      ancestor = slash === 0 ? '/' : ancestor.slice(0, slash);
      const set = this._watchers.get(ancestor);
      if (set === undefined) continue;
      const rel = full.slice(ancestor === '/' ? 1 : ancestor.length + 1);
      for (const w of [...set]) if (w.recursive) w.listener(event, rel);
    }
  }
}
