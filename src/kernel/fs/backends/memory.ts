// Kernel layer: the in-memory filesystem backend (tmpfs-like). Owns its inodes, their bytes in
// fixed-size blocks, and the timestamps each operation updates.
import { EEXIST, EFBIG, EINVAL, EISDIR, ENOENT, ENOSPC, ENOTDIR, ENOTEMPTY } from '../../../abi/errno.js';
import {
  S_IFMT, S_IFDIR, S_IFREG, S_IFLNK, O_NOATIME, modeToDirentType, utimeToNsec, utimeToSec,
  type BackendFile, type CreateSpec, type DirEntry, type FsBackend, type NodeAttr, type SetAttr, type StatFs,
} from '../inode.js';

const TMPFS_MAGIC = 0x01021994;
const PAGE_SIZE = 4096;
/** The largest file; a bigger one is EFBIG, as on a filesystem with that limit. */
const MAX_FILE_SIZE = 2 ** 32;
/**
 * File bytes live in blocks of this size, so a growing file never copies what it already holds
 * and never touches fresh memory twice (doubling one array did both, and dominated big appends).
 */
const BLOCK_SIZE = 256 * 1024;
/** The least capacity of a file's first block, which grows by doubling up to BLOCK_SIZE. */
const MIN_FIRST_BLOCK = 256;
const DAY_SEC = 86400;
/** Whole blocks the backend keeps touched ahead of need (see BlockReserve). */
const RESERVE_BLOCKS = 4;
/** Pages one idle step touches: small, so a request arriving meanwhile waits a few microseconds. */
const PAGES_PER_STEP = 8;

/**
 * Whole blocks made ready in the kernel's idle moments. The first touch of fresh memory costs a
 * page fault per page, several times what copying the page costs, and a growing file touches
 * nothing else: a big sequential write spent most of its time faulting. Touched ahead while the
 * kernel waits for its next call, a block costs the write only its copy. The reserve refills only
 * what writes took from it, so an idle system holds at most RESERVE_BLOCKS blocks of it.
 */
class BlockReserve {
  private readonly _ready: Uint8Array[] = [];
  /** Blocks taken since the reserve was last full: how many to prepare. */
  private _wanted = 0;
  private _preparing: Uint8Array | null = null;
  private _touched = 0;

  /** A zeroed block, touched ahead when one is ready. Throws when the host has no memory. */
  take(): Uint8Array {
    if (this._wanted < RESERVE_BLOCKS) this._wanted++;
    return this._ready.pop() ?? new Uint8Array(BLOCK_SIZE);
  }

  /** Touches a few more pages of the block being prepared; false when nothing is left to do. */
  step(): boolean {
    if (this._wanted === 0) return false;
    let block = this._preparing;
    if (block === null) {
      try {
        block = this._preparing = new Uint8Array(BLOCK_SIZE);
      } catch {
        // No memory to spare: the writes that need it will allocate (and fail) for themselves.
        this._wanted = 0;
        return false;
      }
      this._touched = 0;
    }
    // A store of zero into zeroed memory changes nothing but makes the host map the page now.
    for (let i = 0; i < PAGES_PER_STEP && this._touched < BLOCK_SIZE; i++, this._touched += PAGE_SIZE) block[this._touched] = 0;
    if (this._touched >= BLOCK_SIZE) {
      this._ready.push(block);
      this._preparing = null;
      this._wanted--;
    }
    return this._wanted > 0;
  }
}

/** UTF-8 length of a string, which is what lstat reports as a symlink's size. */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n += 4; i++; } else n += 3;
    } else n += 3;
  }
  return n;
}

export class MemInode implements NodeAttr {
  ino: number;
  mode: number;
  nlink: number;
  uid: number;
  gid: number;
  rdev: number;
  size = 0;
  atimeSec = 0;
  atimeNsec = 0;
  mtimeSec = 0;
  mtimeNsec = 0;
  ctimeSec = 0;
  ctimeNsec = 0;
  birthtimeSec = 0;
  birthtimeNsec = 0;
  /**
   * File bytes, block i holding [i * BLOCK_SIZE, (i + 1) * BLOCK_SIZE); null, or a missing tail,
   * is a hole never written, read as zeros. Only the first block may be shorter than BLOCK_SIZE,
   * sized to fit so that small files stay small. Bytes past `size` are kept zero, so extending a
   * file needs no fill.
   */
  chunks: (Uint8Array | null)[] = [];
  /**
   * One byte per 4 KiB page of the file, set once the page holds written bytes: like a real
   * filesystem, a hole left by seeking or extending counts no blocks.
   */
  pages: Uint8Array = EMPTY;
  allocatedPages = 0;
  /** Entries of a directory, in creation order. */
  children: Map<string, MemInode> | null = null;
  target = '';

  constructor(ino: number, spec: CreateSpec) {
    this.ino = ino;
    this.mode = spec.mode;
    this.uid = spec.uid;
    this.gid = spec.gid;
    this.rdev = spec.rdev ?? 0;
    const type = spec.mode & S_IFMT;
    if (type === S_IFDIR) {
      this.children = new Map();
      this.nlink = 2;
      this.size = 4096;
    } else {
      this.nlink = 1;
      if (type === S_IFLNK) {
        this.target = spec.target ?? '';
        this.size = utf8Length(this.target);
      }
    }
  }

  get blocks(): number {
    const type = this.mode & S_IFMT;
    if (type === S_IFDIR) return 8;
    if (type !== S_IFREG) return 0;
    return this.allocatedPages * 8;
  }

  /** Marks the pages holding bytes [start, end) as allocated; end > start. */
  allocate(start: number, end: number): void {
    const first = Math.floor(start / PAGE_SIZE);
    const last = Math.floor((end - 1) / PAGE_SIZE);
    let pages = this.pages;
    if (last >= pages.length) {
      pages = new Uint8Array(Math.max(last + 1, pages.length * 2, 16));
      pages.set(this.pages);
      this.pages = pages;
    }
    for (let p = first; p <= last; p++) {
      if (pages[p] === 0) {
        pages[p] = 1;
        this.allocatedPages++;
      }
    }
  }

  /** Frees the pages wholly past `size`, after a truncation. */
  release(size: number): void {
    const pages = this.pages;
    for (let p = Math.ceil(size / PAGE_SIZE); p < pages.length; p++) {
      if (pages[p] !== 0) {
        pages[p] = 0;
        this.allocatedPages--;
      }
    }
  }
}

const EMPTY = new Uint8Array(0);

class MemFile implements BackendFile {
  constructor(private readonly _fs: MemoryBackend, readonly inode: MemInode, private readonly _noatime: boolean) {}

  read(dst: Uint8Array, offset: number, length: number, position: number): number {
    const inode = this.inode;
    if (inode.children !== null) return -EISDIR;
    if (!this._noatime) this._fs._touchAtime(inode);
    const n = Math.min(length, inode.size - position);
    if (n <= 0) return 0;
    const chunks = inode.chunks;
    const end = position + n;
    let pos = position;
    let out = offset;
    while (pos < end) {
      const index = Math.floor(pos / BLOCK_SIZE);
      const base = index * BLOCK_SIZE;
      const inner = pos - base;
      const stop = Math.min(end - base, BLOCK_SIZE);
      const chunk = index < chunks.length ? chunks[index] : null;
      let copied = 0;
      if (chunk !== null) {
        const have = Math.min(stop, chunk.length) - inner;
        if (have > 0) {
          dst.set(inner === 0 && have === chunk.length ? chunk : chunk.subarray(inner, inner + have), out);
          copied = have;
        }
      }
      const span = stop - inner;
      if (copied < span) dst.fill(0, out + copied, out + span);
      pos += span;
      out += span;
    }
    return n;
  }

  /** Copies from `src` into the file's blocks (never keeping `src`, which may be a shared view). */
  write(src: Uint8Array, offset: number, length: number, position: number): number {
    const inode = this.inode;
    if (inode.children !== null) return -EISDIR;
    // As on Linux, writing nothing changes nothing: no size, no times.
    if (length === 0) return 0;
    if (position + length > MAX_FILE_SIZE) return -EFBIG;
    const chunks = inode.chunks;
    const end = position + length;
    let pos = position;
    let from = offset;
    while (pos < end) {
      const index = Math.floor(pos / BLOCK_SIZE);
      const base = index * BLOCK_SIZE;
      const inner = pos - base;
      const stop = Math.min(end - base, BLOCK_SIZE);
      let chunk = index < chunks.length ? chunks[index] : null;
      if (chunk === null || chunk.length < stop) {
        chunk = this._fs._block(inode, index, stop);
        if (chunk === null) break;
      }
      const span = stop - inner;
      chunk.set(from === 0 && span === src.length ? src : src.subarray(from, from + span), inner);
      pos += span;
      from += span;
    }
    // Out of memory part way: a short write, as a full disk gives; none at all is ENOSPC.
    if (pos === position) return -ENOSPC;
    inode.allocate(position, pos);
    if (pos > inode.size) inode.size = pos;
    this._fs._touchModified(inode);
    return pos - position;
  }

  getattr(): NodeAttr { return this.inode; }
  setattr(changes: SetAttr): number { return this._fs._setattr(this.inode, changes); }
  readdir(): DirEntry[] | number { return this._fs.readdir(this.inode); }
  sync(): number { return 0; }
  close(): number { return 0; }
}

export class MemoryBackend implements FsBackend<MemInode> {
  readonly root: MemInode;
  private _now: () => number;
  private _nextIno = 2;
  private readonly _reserve = new BlockReserve();

  constructor(options: { now?: () => number; rootMode?: number; rootUid?: number; rootGid?: number } = {}) {
    this._now = options.now ?? Date.now;
    this.root = this._newInode({ mode: S_IFDIR | (options.rootMode ?? 0o755), uid: options.rootUid ?? 0, gid: options.rootGid ?? 0 });
  }

  setClock(now: () => number): void {
    this._now = now;
  }

  idle(): boolean {
    return this._reserve.step();
  }

  private _newInode(spec: CreateSpec): MemInode {
    const inode = new MemInode(this._nextIno++, spec);
    const ms = this._now();
    const sec = Math.floor(ms / 1000);
    const nsec = Math.min(999999999, Math.round((ms - sec * 1000) * 1e6));
    inode.atimeSec = inode.mtimeSec = inode.ctimeSec = inode.birthtimeSec = sec;
    inode.atimeNsec = inode.mtimeNsec = inode.ctimeNsec = inode.birthtimeNsec = nsec;
    return inode;
  }

  /** Sets mtime and ctime to now (content changed). */
  _touchModified(inode: MemInode): void {
    const ms = this._now();
    const sec = Math.floor(ms / 1000);
    const nsec = Math.min(999999999, Math.round((ms - sec * 1000) * 1e6));
    inode.mtimeSec = inode.ctimeSec = sec;
    inode.mtimeNsec = inode.ctimeNsec = nsec;
  }

  /** Sets ctime to now (metadata changed). */
  _touchChanged(inode: MemInode): void {
    const ms = this._now();
    const sec = Math.floor(ms / 1000);
    inode.ctimeSec = sec;
    inode.ctimeNsec = Math.min(999999999, Math.round((ms - sec * 1000) * 1e6));
  }

  /**
   * relatime, Linux's default: atime moves on access only when it is not newer than mtime or
   * ctime, or is more than a day old, so most reads write nothing.
   */
  _touchAtime(inode: MemInode): void {
    const a = inode.atimeSec;
    const an = inode.atimeNsec;
    const stale = a < inode.mtimeSec || (a === inode.mtimeSec && an <= inode.mtimeNsec) ||
      a < inode.ctimeSec || (a === inode.ctimeSec && an <= inode.ctimeNsec);
    const ms = this._now();
    const sec = Math.floor(ms / 1000);
    if (!stale && sec - a < DAY_SEC) return;
    inode.atimeSec = sec;
    inode.atimeNsec = Math.min(999999999, Math.round((ms - sec * 1000) * 1e6));
  }

  /**
   * Block `index` of a file with room for `needed` bytes, allocated or grown; null when the host
   * has no memory for it. Only the first block grows (doubling, so small appends stay linear);
   * every other block is allocated whole the first time it is written.
   */
  _block(inode: MemInode, index: number, needed: number): Uint8Array | null {
    const chunks = inode.chunks;
    while (chunks.length <= index) chunks.push(null);
    const old = chunks[index];
    let cap = BLOCK_SIZE;
    if (index === 0) cap = Math.min(BLOCK_SIZE, Math.max(needed, old === null ? MIN_FIRST_BLOCK : old.length * 2));
    let chunk: Uint8Array;
    try {
      chunk = cap === BLOCK_SIZE ? this._reserve.take() : new Uint8Array(cap);
    } catch {
      if (cap === needed) return null;
      // The host refused the doubled capacity; try the exact size before giving up.
      try {
        chunk = new Uint8Array(needed);
      } catch {
        return null;
      }
    }
    if (old !== null) chunk.set(old);
    chunks[index] = chunk;
    return chunk;
  }

  /**
   * Drops the bytes of a file from `size` on: blocks wholly past it go (all but the first, kept
   * for the rewrite that usually follows O_TRUNC), and the rest of the block holding `size` is zeroed.
   */
  _discard(inode: MemInode, size: number): void {
    const chunks = inode.chunks;
    const keep = Math.max(Math.ceil(size / BLOCK_SIZE), 1);
    if (chunks.length > keep) chunks.length = keep;
    const index = Math.floor(size / BLOCK_SIZE);
    if (index < chunks.length) {
      const chunk = chunks[index];
      const base = index * BLOCK_SIZE;
      if (chunk !== null) chunk.fill(0, size - base, Math.min(chunk.length, inode.size - base));
    }
  }

  getattr(node: MemInode): NodeAttr {
    return node;
  }

  lookup(dir: MemInode, name: string): MemInode | number {
    if (dir.children === null) return ENOTDIR;
    return dir.children.get(name) ?? ENOENT;
  }

  readdir(dir: MemInode): DirEntry[] | number {
    if (dir.children === null) return ENOTDIR;
    this._touchAtime(dir);
    const out: DirEntry[] = [];
    for (const [name, child] of dir.children) out.push({ name, type: modeToDirentType(child.mode) });
    return out;
  }

  readlink(node: MemInode): string | number {
    if ((node.mode & S_IFMT) !== S_IFLNK) return EINVAL;
    this._touchAtime(node);
    return node.target;
  }

  create(dir: MemInode, name: string, spec: CreateSpec): MemInode | number {
    if (dir.children === null) return ENOTDIR;
    if (dir.children.has(name)) return EEXIST;
    const inode = this._newInode(spec);
    dir.children.set(name, inode);
    if (inode.children !== null) dir.nlink++;
    this._touchModified(dir);
    return inode;
  }

  link(node: MemInode, dir: MemInode, name: string): number {
    if (dir.children === null) return ENOTDIR;
    if (dir.children.has(name)) return EEXIST;
    dir.children.set(name, node);
    node.nlink++;
    this._touchChanged(node);
    this._touchModified(dir);
    return 0;
  }

  unlink(dir: MemInode, name: string): number {
    const child = dir.children?.get(name);
    if (child === undefined) return ENOENT;
    if (child.children !== null) return EISDIR;
    dir.children!.delete(name);
    child.nlink--;
    this._touchChanged(child);
    this._touchModified(dir);
    return 0;
  }

  rmdir(dir: MemInode, name: string): number {
    const child = dir.children?.get(name);
    if (child === undefined) return ENOENT;
    if (child.children === null) return ENOTDIR;
    if (child.children.size > 0) return ENOTEMPTY;
    dir.children!.delete(name);
    child.nlink = 0;
    dir.nlink--;
    this._touchModified(dir);
    return 0;
  }

  rename(srcDir: MemInode, srcName: string, dstDir: MemInode, dstName: string): number {
    const node = srcDir.children?.get(srcName);
    if (node === undefined) return ENOENT;
    if (dstDir.children === null) return ENOTDIR;
    const old = dstDir.children.get(dstName);
    if (old === node) return 0;
    const isDir = node.children !== null;
    if (old !== undefined) {
      if (old.children !== null) {
        if (old.children.size > 0) return ENOTEMPTY;
        old.nlink = 0;
        dstDir.nlink--;
      } else {
        old.nlink--;
        this._touchChanged(old);
      }
      dstDir.children.delete(dstName);
    }
    srcDir.children!.delete(srcName);
    dstDir.children.set(dstName, node);
    if (isDir && srcDir !== dstDir) {
      srcDir.nlink--;
      dstDir.nlink++;
    }
    this._touchChanged(node);
    this._touchModified(srcDir);
    if (dstDir !== srcDir) this._touchModified(dstDir);
    return 0;
  }

  setattr(node: MemInode, changes: SetAttr): number {
    return this._setattr(node, changes);
  }

  _setattr(node: MemInode, changes: SetAttr): number {
    if (changes.size !== undefined) {
      if ((node.mode & S_IFMT) === S_IFDIR) return EISDIR;
      if ((node.mode & S_IFMT) !== S_IFREG) return EINVAL;
      const size = changes.size;
      if (size > MAX_FILE_SIZE) return EFBIG;
      if (size < node.size) {
        this._discard(node, size);
        node.release(size);
      }
      node.size = size;
      this._touchModified(node);
    }
    if (changes.mode !== undefined) node.mode = (node.mode & S_IFMT) | (changes.mode & 0o7777);
    if (changes.uid !== undefined) node.uid = changes.uid;
    if (changes.gid !== undefined) node.gid = changes.gid;
    if (changes.atimeMs !== undefined) {
      node.atimeSec = utimeToSec(changes.atimeMs);
      node.atimeNsec = utimeToNsec(changes.atimeMs);
    }
    if (changes.mtimeMs !== undefined) {
      node.mtimeSec = utimeToSec(changes.mtimeMs);
      node.mtimeNsec = utimeToNsec(changes.mtimeMs);
    }
    this._touchChanged(node);
    return 0;
  }

  open(node: MemInode, flags: number): BackendFile {
    return new MemFile(this, node, (flags & O_NOATIME) !== 0);
  }

  statfs(): StatFs {
    return { type: TMPFS_MAGIC, bsize: 4096, blocks: 1 << 20, bfree: 1 << 20, bavail: 1 << 20, files: 1 << 20, ffree: (1 << 20) - this._nextIno };
  }
}
