// Node host: a filesystem backend that maps a real directory into the VFS, one node:fs sync call
// per operation, so changes are on disk at once. Errnos come from the real errors' `errno`.
import * as fs from 'node:fs';
import { EINVAL, EIO, ENOENT, ENOSYS, EPERM } from '../../abi/errno.js';
import {
  DT_BLK, DT_CHR, DT_DIR, DT_FIFO, DT_LNK, DT_REG, DT_SOCK, DT_UNKNOWN,
  O_ACCMODE, O_APPEND, O_DIRECTORY, O_DSYNC, O_NONBLOCK, O_RDONLY, O_RDWR, O_SYNC, O_WRONLY,
  S_IFDIR, S_IFLNK, S_IFMT, S_IFREG,
  type BackendFile, type CreateSpec, type DirEntry, type FsBackend, type NodeAttr, type SetAttr, type StatFs,
} from '../../kernel/fs/inode.js';

/** A positive errno from a node:fs error (whose `errno` is negative), EIO for anything else. */
function errnoOf(e: unknown): number {
  const n = (e as { errno?: unknown } | null)?.errno;
  return typeof n === 'number' && n < 0 ? -n : EIO;
}

const BILLION = 1000000000n;
/** How long a directory's lstat may stand for a fresh one (see `HostDirBackend._dirs`). */
const DIR_CACHE_MS = 1;

/**
 * Bumped by every read, write or change made through any host-directory backend: attributes
 * read before the last bump may be stale, even within DIR_CACHE_MS (see `HostFile._opened`).
 */
let generation = 0;

/** Files no larger than this are kept whole by the content cache. */
const KEPT_FILE_MAX = 64 * 1024;
/** The most the content cache holds, in all. */
const KEPT_BYTES_MAX = 8 * 1024 * 1024;
/** Directories of no more entries than this are kept by the listing cache. */
const KEPT_LISTING_MAX = 50000;
/** The most entries the listing cache holds, in all. */
const KEPT_ENTRIES_MAX = 200000;
/**
 * The caches take a file or directory only if its last change (ctime) is this much older than
 * the moment its read began. Any change made later then gets a different ctime, even on a
 * filesystem whose clock advances in ticks of a few milliseconds.
 */
const SETTLE_MS = 100;
/**
 * statfs types (Linux numbers) of local filesystems. Only on these does an lstat always show a
 * change that another process made. A network filesystem may answer from attributes it has kept.
 */
export const LOCAL_FS_TYPES: ReadonlySet<number> = new Set([
  0xef53, // ext2, ext3, ext4
  0x58465342, // xfs
  0x9123683e, // btrfs
  0x01021994, // tmpfs
  0x794c7630, // overlayfs
  0x2fc12fc1, // zfs
  0xf2f52010, // f2fs
]);

/** A directory's attributes and when an lstat read them. */
interface DirSeen {
  attr: NodeAttr;
  at: number;
}

/** Attributes read by an lstat, with when and at which generation. */
interface Seen {
  attr: NodeAttr;
  at: number;
  generation: number;
}

/** Is `now` a version of the node that `kept` was: the same inode, size and times of change? */
function sameVersion(kept: NodeAttr, now: NodeAttr): boolean {
  return kept.ino === now.ino && kept.size === now.size &&
    kept.ctimeNsec === now.ctimeNsec && kept.ctimeSec === now.ctimeSec &&
    kept.mtimeNsec === now.mtimeNsec && kept.mtimeSec === now.mtimeSec;
}

/** May a read that began at `startMs` (wall clock) be kept under `attr`? (see SETTLE_MS) */
function settled(attr: NodeAttr, startMs: number): boolean {
  // Whole-second times come from a filesystem whose clock is too coarse for SETTLE_MS.
  return attr.ctimeNsec !== 0 && attr.ctimeSec * 1000 + attr.ctimeNsec / 1e6 <= startMs - SETTLE_MS;
}

/**
 * What was read of nodes (a file's content, a directory's entries), so that a node read again
 * and again costs the path walk's lstat alone. An entry serves only while that lstat shows the
 * same version of the node as when it was read (see `sameVersion`, `settled`); a change made
 * through nodeling changes the ctime as any other does. Each value has a weight (bytes,
 * entries); when the weights pass the budget, the oldest entries go first.
 */
class VersionCache<T> {
  private readonly _kept = new Map<string, { attr: NodeAttr; value: T; weight: number }>();
  private _weight = 0;

  constructor(private readonly _budget: number) {}

  get(node: string, attr: NodeAttr): T | undefined {
    const kept = this._kept.get(node);
    if (kept === undefined) return undefined;
    if (sameVersion(kept.attr, attr)) return kept.value;
    this._drop(node, kept.weight);
    return undefined;
  }

  holds(node: string, attr: NodeAttr): boolean {
    const kept = this._kept.get(node);
    return kept !== undefined && sameVersion(kept.attr, attr);
  }

  keep(node: string, attr: NodeAttr, value: T, weight: number): void {
    const old = this._kept.get(node);
    if (old !== undefined) this._drop(node, old.weight);
    for (const [oldest, kept] of this._kept) {
      if (this._weight + weight <= this._budget) break;
      this._drop(oldest, kept.weight);
    }
    this._kept.set(node, { attr, value, weight });
    this._weight += weight;
  }

  private _drop(node: string, weight: number): void {
    this._kept.delete(node);
    this._weight -= weight;
  }
}

/** A file whose first read, if it takes the whole file, goes into the content cache. */
interface KeepOnRead {
  cache: VersionCache<Uint8Array>;
  node: string;
  attr: NodeAttr;
}

function toAttr(st: fs.BigIntStats): NodeAttr {
  return {
    ino: Number(st.ino), mode: Number(st.mode), nlink: Number(st.nlink), uid: Number(st.uid), gid: Number(st.gid),
    rdev: Number(st.rdev), size: Number(st.size), blocks: Number(st.blocks),
    atimeSec: Number(st.atimeNs / BILLION), atimeNsec: Number(st.atimeNs % BILLION),
    mtimeSec: Number(st.mtimeNs / BILLION), mtimeNsec: Number(st.mtimeNs % BILLION),
    ctimeSec: Number(st.ctimeNs / BILLION), ctimeNsec: Number(st.ctimeNs % BILLION),
    birthtimeSec: Number(st.birthtimeNs / BILLION), birthtimeNsec: Number(st.birthtimeNs % BILLION),
  };
}

function direntType(d: fs.Dirent): number {
  if (d.isFile()) return DT_REG;
  if (d.isDirectory()) return DT_DIR;
  if (d.isSymbolicLink()) return DT_LNK;
  if (d.isCharacterDevice()) return DT_CHR;
  if (d.isBlockDevice()) return DT_BLK;
  if (d.isFIFO()) return DT_FIFO;
  if (d.isSocket()) return DT_SOCK;
  return DT_UNKNOWN;
}

/** Linux open flags (the kernel's numbers) to this host's, keeping only those that matter for an existing file. */
function hostFlags(flags: number): number {
  const c = fs.constants;
  const acc = flags & O_ACCMODE;
  let out = acc === O_WRONLY ? c.O_WRONLY : acc === O_RDWR ? c.O_RDWR : c.O_RDONLY;
  if ((flags & O_APPEND) !== 0) out |= c.O_APPEND;
  if ((flags & O_SYNC) === O_SYNC) out |= c.O_SYNC;
  else if ((flags & O_DSYNC) !== 0) out |= c.O_DSYNC;
  if ((flags & O_NONBLOCK) !== 0) out |= c.O_NONBLOCK;
  if ((flags & O_DIRECTORY) !== 0) out |= c.O_DIRECTORY;
  return out;
}

class HostFile implements BackendFile {
  /**
   * The attributes the path walk read just before this file was opened: a whole-file read asks
   * for them at once (for the size). They stand for the first fstat only while nothing was read,
   * written or changed since, through any descriptor, and for DIR_CACHE_MS at most.
   */
  private _opened: Seen | null;

  private _keep: KeepOnRead | null;

  constructor(
    private readonly _fd: number,
    private readonly _path: string,
    private readonly _changed: () => void,
    opened: Seen | null,
    keep: KeepOnRead | null,
  ) {
    this._opened = opened;
    this._keep = keep;
  }

  read(dst: Uint8Array, offset: number, length: number, position: number): number {
    generation++;
    try {
      const n = fs.readSync(this._fd, dst, offset, length, position);
      const keep = this._keep;
      if (keep !== null) {
        this._keep = null;
        if (position === 0 && n === keep.attr.size) keep.cache.keep(keep.node, keep.attr, dst.slice(offset, offset + n), n);
      }
      return n;
    } catch (e) {
      return -errnoOf(e);
    }
  }

  write(src: Uint8Array, offset: number, length: number, position: number): number {
    generation++;
    try {
      return fs.writeSync(this._fd, src, offset, length, position);
    } catch (e) {
      return -errnoOf(e);
    }
  }

  getattr(): NodeAttr | number {
    const opened = this._opened;
    if (opened !== null) {
      this._opened = null;
      if (opened.generation === generation && performance.now() - opened.at <= DIR_CACHE_MS) return opened.attr;
    }
    try {
      return toAttr(fs.fstatSync(this._fd, { bigint: true }));
    } catch (e) {
      return errnoOf(e);
    }
  }

  setattr(changes: SetAttr): number {
    this._changed();
    try {
      if (changes.size !== undefined) fs.ftruncateSync(this._fd, changes.size);
      if (changes.mode !== undefined) fs.fchmodSync(this._fd, changes.mode);
      if (changes.uid !== undefined || changes.gid !== undefined) fs.fchownSync(this._fd, changes.uid ?? -1, changes.gid ?? -1);
      if (changes.atimeMs !== undefined || changes.mtimeMs !== undefined) {
        const st = fs.fstatSync(this._fd);
        fs.futimesSync(this._fd, (changes.atimeMs ?? st.atimeMs) / 1000, (changes.mtimeMs ?? st.mtimeMs) / 1000);
      }
      return 0;
    } catch (e) {
      return errnoOf(e);
    }
  }

  readdir(): DirEntry[] | number {
    this._changed();
    return readEntries(this._path);
  }

  sync(): number {
    try {
      fs.fsyncSync(this._fd);
      return 0;
    } catch (e) {
      return errnoOf(e);
    }
  }

  close(): number {
    try {
      fs.closeSync(this._fd);
      return 0;
    } catch (e) {
      return errnoOf(e);
    }
  }
}

function readEntries(path: string): DirEntry[] | number {
  try {
    const out: DirEntry[] = [];
    for (const d of fs.readdirSync(path, { withFileTypes: true })) out.push({ name: d.name, type: direntType(d) });
    return out;
  } catch (e) {
    return errnoOf(e);
  }
}

/**
 * Nodes are paths relative to the mounted directory ('' for its root). Ownership is the real
 * one: files are given to their creator's uid/gid only when the host runs as root (otherwise they
 * belong to the host user, and the VFS's permission checks see that owner).
 */
export class HostDirBackend implements FsBackend<string> {
  readonly root = '';
  private readonly _dir: string;
  private readonly _canChown: boolean;
  /**
   * The attributes `lookup` just read: the VFS walk asks for them right after, so one lstat per
   * path component serves both. Only the very next getattr may use them.
   */
  private _looked: { node: string; attr: NodeAttr } | null = null;
  /**
   * The last regular file a lookup or getattr read: the VFS opens a file right after walking to
   * it, and `open` hands these attributes to the file for its first getattr.
   */
  private _lastFile: (Seen & { node: string; dev: bigint }) | null = null;
  /**
   * Null when the mounted directory is on a filesystem whose lstat might not show another
   * process's change at once (see LOCAL_FS_TYPES); nodes on another device below it (a
   * filesystem mounted inside) are never kept.
   */
  private readonly _contents: VersionCache<Uint8Array> | null;
  /** Entries of directories, as the host listed them. */
  private readonly _listings: VersionCache<DirEntry[]> | null;
  private readonly _dev: bigint;
  /**
   * Directories met by recent lookups: a path walk lstats every component, and a burst of calls
   * (a require, a stat loop) walks the same directories again and again. Every change made
   * through this backend empties it, and each entry stands for DIR_CACHE_MS at most, so a change
   * made outside nodeling shows at most that much later. Entries go in `_dirs` and move to
   * `_oldDirs` when it turns DIR_CACHE_MS old (and are dropped one period later), which bounds
   * the memory without cutting short the life of an entry made just before the turn.
   */
  private _dirs = new Map<string, DirSeen>();
  private _oldDirs = new Map<string, DirSeen>();
  private _dirsSince = 0;
  private readonly _changed = (): void => {
    generation++;
    this._dirs.clear();
    this._oldDirs.clear();
    this._looked = null;
    this._lastFile = null;
  };

  constructor(dir: string) {
    this._dir = dir.length > 1 && dir.endsWith('/') ? dir.slice(0, -1) : dir;
    this._canChown = typeof process.getuid === 'function' && process.getuid() === 0;
    let local = false;
    let dev = -1n;
    try {
      local = process.platform === 'linux' && LOCAL_FS_TYPES.has(fs.statfsSync(this._dir).type);
      dev = fs.statSync(this._dir, { bigint: true }).dev;
    } catch {
      // A directory that cannot be read now fails its calls later, with their own errors.
    }
    this._contents = local ? new VersionCache(KEPT_BYTES_MAX) : null;
    this._listings = local ? new VersionCache(KEPT_ENTRIES_MAX) : null;
    this._dev = dev;
  }

  private _abs(node: string): string {
    return node === '' ? this._dir : this._dir + '/' + node;
  }

  private _child(dir: string, name: string): string {
    return dir === '' ? name : dir + '/' + name;
  }

  getattr(node: string): NodeAttr | number {
    const looked = this._looked;
    this._looked = null;
    if (looked !== null && looked.node === node) return looked.attr;
    const dir = this._cachedDir(node);
    if (dir !== undefined) return dir;
    try {
      const st = fs.lstatSync(this._abs(node), { bigint: true });
      const attr = toAttr(st);
      this._remember(node, attr, st.dev);
      return attr;
    } catch (e) {
      return errnoOf(e);
    }
  }

  /** Keeps a directory's attributes for the walks that follow (the mount's root is one of every walk), a file's for its open. */
  private _remember(node: string, attr: NodeAttr, dev: bigint): void {
    const type = attr.mode & S_IFMT;
    if (type === S_IFDIR) {
      const now = performance.now();
      this._turnDirs(now);
      this._dirs.set(node, { attr, at: now });
    } else if (type === S_IFREG) {
      this._lastFile = { node, attr, at: performance.now(), generation, dev };
    }
  }

  lookup(dir: string, name: string): string | number {
    const child = this._child(dir, name);
    const cached = this._cachedDir(child);
    if (cached !== undefined) {
      this._looked = { node: child, attr: cached };
      return child;
    }
    try {
      // A missing name is the common case of module resolution: answer it without an exception.
      const st = fs.lstatSync(this._abs(child), { bigint: true, throwIfNoEntry: false });
      if (st === undefined) return ENOENT;
      const attr = toAttr(st);
      this._looked = { node: child, attr };
      this._remember(child, attr, st.dev);
      return child;
    } catch (e) {
      return errnoOf(e);
    }
  }

  private _cachedDir(node: string): NodeAttr | undefined {
    if (this._dirs.size === 0 && this._oldDirs.size === 0) return undefined;
    const now = performance.now();
    this._turnDirs(now);
    const seen = this._dirs.get(node) ?? this._oldDirs.get(node);
    return seen !== undefined && now - seen.at <= DIR_CACHE_MS ? seen.attr : undefined;
  }

  private _turnDirs(now: number): void {
    const age = now - this._dirsSince;
    if (age <= DIR_CACHE_MS) return;
    const old = this._oldDirs;
    old.clear();
    this._dirsSince = now;
    if (age > 2 * DIR_CACHE_MS) {
      this._dirs.clear();
      return;
    }
    this._oldDirs = this._dirs;
    this._dirs = old;
  }

  /**
   * A directory's entries, from the listing cache while a fresh lstat of it shows the version
   * that was read (an lstat costs little beside a listing; the recent directories' attributes
   * could be a millisecond late).
   */
  readdir(dir: string): DirEntry[] | number {
    const abs = this._abs(dir);
    const listings = this._listings;
    let seen: { attr: NodeAttr; start: number } | null = null;
    if (listings !== null) {
      const start = Date.now();
      let st: fs.BigIntStats | undefined;
      try {
        st = fs.lstatSync(abs, { bigint: true, throwIfNoEntry: false });
      } catch {
        // The listing below meets the same error and answers it.
      }
      if (st !== undefined && st.dev === this._dev) {
        const attr = toAttr(st);
        const kept = listings.get(dir, attr);
        if (kept !== undefined) return kept.slice();
        seen = { attr, start };
      }
    }
    this._changed();
    const entries = readEntries(abs);
    if (seen !== null && typeof entries !== 'number' && entries.length <= KEPT_LISTING_MAX && settled(seen.attr, seen.start)) {
      listings!.keep(dir, seen.attr, entries.slice(), entries.length);
    }
    return entries;
  }

  readlink(node: string): string | number {
    try {
      return fs.readlinkSync(this._abs(node));
    } catch (e) {
      return errnoOf(e);
    }
  }

  create(dir: string, name: string, spec: CreateSpec): string | number {
    this._changed();
    const child = this._child(dir, name);
    const abs = this._abs(child);
    const perm = spec.mode & 0o7777;
    try {
      switch (spec.mode & S_IFMT) {
        case S_IFREG: {
          const fd = fs.openSync(abs, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY, perm);
          try {
            // chown first: it clears set-id bits. Then chmod, as the host's umask has narrowed
            // the mode and the VFS already applied the caller's.
            if (this._canChown) fs.fchownSync(fd, spec.uid, spec.gid);
            fs.fchmodSync(fd, perm);
          } finally {
            fs.closeSync(fd);
          }
          break;
        }
        case S_IFDIR:
          fs.mkdirSync(abs, perm);
          if (this._canChown) fs.chownSync(abs, spec.uid, spec.gid);
          fs.chmodSync(abs, perm);
          break;
        case S_IFLNK:
          fs.symlinkSync(spec.target ?? '', abs);
          if (this._canChown) fs.lchownSync(abs, spec.uid, spec.gid);
          break;
        default:
          return EPERM;
      }
      return child;
    } catch (e) {
      return errnoOf(e);
    }
  }

  link(node: string, dir: string, name: string): number {
    this._changed();
    try {
      fs.linkSync(this._abs(node), this._abs(this._child(dir, name)));
      return 0;
    } catch (e) {
      return errnoOf(e);
    }
  }

  unlink(dir: string, name: string): number {
    this._changed();
    try {
      fs.unlinkSync(this._abs(this._child(dir, name)));
      return 0;
    } catch (e) {
      return errnoOf(e);
    }
  }

  rmdir(dir: string, name: string): number {
    this._changed();
    try {
      fs.rmdirSync(this._abs(this._child(dir, name)));
      return 0;
    } catch (e) {
      return errnoOf(e);
    }
  }

  rename(srcDir: string, srcName: string, dstDir: string, dstName: string): number {
    this._changed();
    try {
      fs.renameSync(this._abs(this._child(srcDir, srcName)), this._abs(this._child(dstDir, dstName)));
      return 0;
    } catch (e) {
      return errnoOf(e);
    }
  }

  setattr(node: string, changes: SetAttr): number {
    this._changed();
    const abs = this._abs(node);
    try {
      const st = fs.lstatSync(abs);
      const link = (Number(st.mode) & S_IFMT) === S_IFLNK;
      if (changes.size !== undefined) {
        if (link) return EINVAL;
        fs.truncateSync(abs, changes.size);
      }
      if (changes.mode !== undefined) {
        // Linux cannot change a symlink's mode (fchmodat AT_SYMLINK_NOFOLLOW is unsupported).
        if (link) return ENOSYS;
        fs.chmodSync(abs, changes.mode);
      }
      if (changes.uid !== undefined || changes.gid !== undefined) fs.lchownSync(abs, changes.uid ?? -1, changes.gid ?? -1);
      if (changes.atimeMs !== undefined || changes.mtimeMs !== undefined) {
        fs.lutimesSync(abs, (changes.atimeMs ?? st.atimeMs) / 1000, (changes.mtimeMs ?? st.mtimeMs) / 1000);
      }
      return 0;
    } catch (e) {
      return errnoOf(e);
    }
  }

  cachedContent(node: string, attr: NodeAttr): Uint8Array | undefined {
    return this._contents?.get(node, attr);
  }

  open(node: string, flags: number): BackendFile | number {
    const abs = this._abs(node);
    const opened = this._lastFile !== null && this._lastFile.node === node ? this._lastFile : null;
    this._lastFile = null;
    let keep: KeepOnRead | null = null;
    const cache = this._contents;
    if (cache !== null && opened !== null && (flags & O_ACCMODE) === O_RDONLY && opened.dev === this._dev) {
      const attr = opened.attr;
      if ((attr.mode & S_IFMT) === S_IFREG && attr.size > 0 && attr.size <= KEPT_FILE_MAX &&
        settled(attr, Date.now()) && !cache.holds(node, attr)) keep = { cache, node, attr };
    }
    try {
      // No lstat first: the VFS has checked the node's type, opens a directory only for reading,
      // and the host opens one with a file's read flags just as well.
      return new HostFile(fs.openSync(abs, hostFlags(flags)), abs, this._changed, opened, keep);
    } catch (e) {
      return errnoOf(e);
    }
  }

  statfs(): StatFs | number {
    try {
      const s = fs.statfsSync(this._dir);
      return { type: s.type, bsize: s.bsize, blocks: s.blocks, bfree: s.bfree, bavail: s.bavail, files: s.files, ffree: s.ffree };
    } catch (e) {
      return errnoOf(e);
    }
  }
}
