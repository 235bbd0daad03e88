// Kernel layer: the contract between the VFS and its filesystem backends (node attributes,
// backend and open-file interfaces) plus the mode, dirent-type and open-flag constants they use.

/** File type bits of `mode` (Linux values). */
export const S_IFMT = 0o170000;
export const S_IFSOCK = 0o140000;
export const S_IFLNK = 0o120000;
export const S_IFREG = 0o100000;
export const S_IFBLK = 0o060000;
export const S_IFDIR = 0o040000;
export const S_IFCHR = 0o020000;
export const S_IFIFO = 0o010000;
export const S_ISUID = 0o4000;
export const S_ISGID = 0o2000;
export const S_ISVTX = 0o1000;
export const S_IXGRP = 0o010;

/** Directory entry types as Linux's getdents reports them (`d_type`). */
export const DT_UNKNOWN = 0;
export const DT_FIFO = 1;
export const DT_CHR = 2;
export const DT_DIR = 4;
export const DT_BLK = 6;
export const DT_REG = 8;
export const DT_LNK = 10;
export const DT_SOCK = 12;

/** open(2) flags, Linux x86-64 numbers. */
export const O_ACCMODE = 0o3;
export const O_RDONLY = 0;
export const O_WRONLY = 1;
export const O_RDWR = 2;
export const O_CREAT = 0o100;
export const O_EXCL = 0o200;
export const O_NOCTTY = 0o400;
export const O_TRUNC = 0o1000;
export const O_APPEND = 0o2000;
export const O_NONBLOCK = 0o4000;
export const O_DSYNC = 0o10000;
export const O_DIRECT = 0o40000;
export const O_DIRECTORY = 0o200000;
export const O_NOFOLLOW = 0o400000;
export const O_NOATIME = 0o1000000;
export const O_CLOEXEC = 0o2000000;
export const O_SYNC = 0o4010000;

/** access(2) modes. */
export const F_OK = 0;
export const X_OK = 1;
export const W_OK = 2;
export const R_OK = 4;

/** Maps the type bits of a mode to its `DT_*` value. */
export function modeToDirentType(mode: number): number {
  switch (mode & S_IFMT) {
    case S_IFREG: return DT_REG;
    case S_IFDIR: return DT_DIR;
    case S_IFLNK: return DT_LNK;
    case S_IFCHR: return DT_CHR;
    case S_IFBLK: return DT_BLK;
    case S_IFIFO: return DT_FIFO;
    case S_IFSOCK: return DT_SOCK;
    default: return DT_UNKNOWN;
  }
}

/** Linux's `makedev` for the small numbers we use (major < 4096, minor < 256). */
export function makedev(major: number, minor: number): number {
  return (major << 8) | minor;
}

/**
 * What a backend reports about a node. Times are kept as whole seconds plus nanoseconds, the way
 * the kernel's stat does, so that Node's `atimeMs` (sec * 1e3 + nsec / 1e6) and bigint `atimeNs`
 * (sec * 1e9 + nsec) can both be built exactly.
 */
export interface NodeAttr {
  readonly ino: number;
  readonly mode: number;
  readonly nlink: number;
  readonly uid: number;
  readonly gid: number;
  readonly rdev: number;
  readonly size: number;
  readonly blocks: number;
  readonly atimeSec: number;
  readonly atimeNsec: number;
  readonly mtimeSec: number;
  readonly mtimeNsec: number;
  readonly ctimeSec: number;
  readonly ctimeNsec: number;
  readonly birthtimeSec: number;
  readonly birthtimeNsec: number;
}

/** Attribute changes for `setattr`; absent members stay as they are. Times are ms since epoch. */
export interface SetAttr {
  mode?: number;
  uid?: number;
  gid?: number;
  size?: number;
  atimeMs?: number;
  mtimeMs?: number;
}

export interface DirEntry {
  name: string;
  /** A `DT_*` value (DT_REG, DT_DIR, DT_LNK, ...), as Linux's getdents reports it. */
  type: number;
}

export interface StatFs {
  type: number;
  bsize: number;
  blocks: number;
  bfree: number;
  bavail: number;
  files: number;
  ffree: number;
}

/** What a node is created as: its full mode (type bits + permissions) and owner. */
export interface CreateSpec {
  mode: number;
  uid: number;
  gid: number;
  /** Target of a symbolic link. */
  target?: string;
  /** Device number of a character or block device. */
  rdev?: number;
}

/**
 * A backend's open file: an fd on a real directory, or a handle on an in-memory inode. Numbers
 * are byte counts or, when negative, -errno.
 */
export interface BackendFile {
  read(dst: Uint8Array, offset: number, length: number, position: number): number;
  write(src: Uint8Array, offset: number, length: number, position: number): number;
  getattr(): NodeAttr | number;
  setattr(changes: SetAttr): number;
  readdir(): DirEntry[] | number;
  sync(): number;
  close(): number;
}

/**
 * A filesystem the VFS can mount. Nodes are opaque handles of the backend's choosing (an inode
 * object, a path below the mounted directory); the VFS walks paths one name at a time, checks
 * permissions, and applies POSIX rules before calling a mutating method, so a backend only
 * stores. Object results are a value or a positive errno; number results are 0 or a positive errno.
 */
export interface FsBackend<N = unknown> {
  readonly root: N;
  /** The clock the VFS runs on (ms since epoch); called once when mounted. */
  setClock?(now: () => number): void;
  /**
   * Does a small, bounded piece of work ahead of need while the kernel has no call to serve;
   * answers whether more remains.
   */
  idle?(): boolean;
  getattr(node: N): NodeAttr | number;
  lookup(dir: N, name: string): N | number;
  readdir(dir: N): DirEntry[] | number;
  readlink(node: N): string | number;
  /** Creates a file, directory, symlink or device named `name` in `dir` (which lacks it). */
  create(dir: N, name: string, spec: CreateSpec): N | number;
  link(node: N, dir: N, name: string): number;
  /** Removes a non-directory entry. */
  unlink(dir: N, name: string): number;
  /** Removes an empty directory. */
  rmdir(dir: N, name: string): number;
  /** Moves an entry, atomically replacing a compatible destination the VFS has checked. */
  rename(srcDir: N, srcName: string, dstDir: N, dstName: string): number;
  setattr(node: N, changes: SetAttr): number;
  /** Opens a node; the VFS has already created or truncated it as the flags asked. */
  open(node: N, flags: number): BackendFile | number;
  /**
   * The whole content of a regular file, without opening it, when the backend keeps a copy that
   * `attr` (what it just answered for the node) shows to be current; otherwise undefined.
   */
  cachedContent?(node: N, attr: NodeAttr): Uint8Array | undefined;
  statfs(): StatFs | number;
}

/** Driver of a character device node, found by the node's `rdev`. */
export interface DeviceDriver {
  /** Bytes read (0 at end of file) or -errno. */
  read(dst: Uint8Array, offset: number, length: number): number;
  /** Bytes written or -errno. */
  write(src: Uint8Array, offset: number, length: number): number;
}

/**
 * Splits a time given to utimes (ms since epoch) into seconds and nanoseconds the way libuv does
 * for Node on Linux: truncated to whole microseconds, so that memory and real files agree.
 */
export function utimeToSec(ms: number): number {
  const time = ms / 1000;
  const sec = Math.trunc(time);
  const nsec = Math.trunc((time - sec) * 1e9);
  return nsec - (nsec % 1000) < 0 ? sec - 1 : sec;
}

export function utimeToNsec(ms: number): number {
  const time = ms / 1000;
  const sec = Math.trunc(time);
  let nsec = Math.trunc((time - sec) * 1e9);
  nsec -= nsec % 1000;
  return nsec < 0 ? nsec + 1e9 : nsec;
}

/** Who is asking: the caller's effective uid, gid and supplementary groups. */
export interface Cred {
  uid: number;
  gid: number;
  groups: readonly number[];
}

/**
 * stat(2) as the kernel answers it. `*Ms` are what Node's `Stats` shows (sec * 1e3 + nsec / 1e6);
 * `*Sec`/`*Nsec` are the exact pair, from which the runtime builds bigint `*Ns` values.
 */
export interface StatResult {
  dev: number;
  ino: number;
  mode: number;
  nlink: number;
  uid: number;
  gid: number;
  rdev: number;
  size: number;
  blksize: number;
  blocks: number;
  atimeMs: number;
  mtimeMs: number;
  ctimeMs: number;
  birthtimeMs: number;
  atimeSec: number;
  atimeNsec: number;
  mtimeSec: number;
  mtimeNsec: number;
  ctimeSec: number;
  ctimeNsec: number;
  birthtimeSec: number;
  birthtimeNsec: number;
}

export function toStat(dev: number, a: NodeAttr): StatResult {
  return {
    dev, ino: a.ino, mode: a.mode, nlink: a.nlink, uid: a.uid, gid: a.gid, rdev: a.rdev, size: a.size,
    blksize: 4096, blocks: a.blocks,
    atimeMs: a.atimeSec * 1e3 + a.atimeNsec / 1e6,
    mtimeMs: a.mtimeSec * 1e3 + a.mtimeNsec / 1e6,
    ctimeMs: a.ctimeSec * 1e3 + a.ctimeNsec / 1e6,
    birthtimeMs: a.birthtimeSec * 1e3 + a.birthtimeNsec / 1e6,
    atimeSec: a.atimeSec, atimeNsec: a.atimeNsec, mtimeSec: a.mtimeSec, mtimeNsec: a.mtimeNsec,
    ctimeSec: a.ctimeSec, ctimeNsec: a.ctimeNsec, birthtimeSec: a.birthtimeSec, birthtimeNsec: a.birthtimeNsec,
  };
}

export function inGroup(cred: Cred, gid: number): boolean {
  return cred.gid === gid || cred.groups.includes(gid);
}

/**
 * Whether `cred` may access a node for `want` (R_OK | W_OK | X_OK bits). Root may do anything
 * except execute a non-directory that has no x bit at all.
 */
export function permits(a: NodeAttr, cred: Cred, want: number): boolean {
  const mode = a.mode;
  if (cred.uid === 0) {
    return (want & X_OK) === 0 || (mode & S_IFMT) === S_IFDIR || (mode & 0o111) !== 0;
  }
  let bits: number;
  if (cred.uid === a.uid) bits = mode >> 6;
  else if (inGroup(cred, a.gid)) bits = mode >> 3;
  else bits = mode;
  return (bits & want & 7) === want;
}
