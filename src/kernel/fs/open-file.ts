// Kernel layer: open file descriptions of the VFS (what dup'ed fds share: flags, position, the
// backend file or device) and the ownership rules for chmod/chown/utimes shared with path calls.
import { EBADF, EINVAL, EISDIR, ENOTDIR, EPERM } from '../../abi/errno.js';
import {
  O_ACCMODE, O_APPEND, O_RDONLY, O_WRONLY, S_IFMT, S_IFDIR, S_ISGID, S_ISUID, S_IXGRP, inGroup, toStat,
  type BackendFile, type Cred, type DeviceDriver, type DirEntry, type NodeAttr, type SetAttr, type StatResult,
} from './inode.js';

/** An open file description, shared by every fd dup'ed from one open(). */
export interface VfsFile {
  readonly flags: number;
  position: number;
  // Number results are 0 (or a byte count) on success and -errno on failure; object results are
  // the value or a positive errno.
  /** Bytes read (0 at end of file) or -errno. A null position reads at, and advances, `position`. */
  read(dst: Uint8Array, offset: number, length: number, position: number | null): number;
  /** Bytes written or -errno. With O_APPEND every write goes to the end, whatever the position. */
  write(src: Uint8Array, offset: number, length: number, position: number | null): number;
  stat(): StatResult | number;
  truncate(len: number): number;
  sync(): number;
  chmod(mode: number, cred: Cred): number;
  chown(uid: number, gid: number, cred: Cred): number;
  utimes(atimeMs: number, mtimeMs: number, cred: Cred): number;
  /** Entries of an open directory (no '.' or '..') or a positive errno. */
  readdir(): DirEntry[] | number;
  /** Releases the backend file; call once, when the last fd sharing this description closes. */
  close(): number;
}

/** Attribute changes chmod may make, or an errno: only the owner or root may chmod. */
export function chmodChanges(a: NodeAttr, mode: number, cred: Cred): SetAttr | number {
  if (cred.uid !== 0 && cred.uid !== a.uid) return EPERM;
  let m = mode & 0o7777;
  // A non-root owner cannot give a file the set-group-id bit of a group they are not in.
  if (cred.uid !== 0 && (a.mode & S_IFMT) !== S_IFDIR && !inGroup(cred, a.gid)) m &= ~S_ISGID;
  return { mode: m };
}

/**
 * Attribute changes chown may make, or an errno. -1 leaves an id alone. Only root gives a file
 * away; the owner may change its group to one they belong to. Like Linux, a chown of a
 * non-directory clears set-user-id, and set-group-id when group-executable.
 */
export function chownChanges(a: NodeAttr, uid: number, gid: number, cred: Cred): SetAttr | number {
  const changes: SetAttr = {};
  if (uid !== -1) {
    if (cred.uid !== 0 && !(uid === a.uid && cred.uid === a.uid)) return EPERM;
    changes.uid = uid;
  }
  if (gid !== -1) {
    if (cred.uid !== 0 && !(cred.uid === a.uid && (gid === a.gid || inGroup(cred, gid)))) return EPERM;
    changes.gid = gid;
  }
  if ((uid !== -1 || gid !== -1) && (a.mode & S_IFMT) !== S_IFDIR && (a.mode & (S_ISUID | S_ISGID)) !== 0) {
    let m = a.mode & 0o7777 & ~S_ISUID;
    if ((m & S_IXGRP) !== 0) m &= ~S_ISGID;
    changes.mode = m;
  }
  return changes;
}

/** Explicit times may be set by the owner or root only. */
export function utimesChanges(a: NodeAttr, atimeMs: number, mtimeMs: number, cred: Cred): SetAttr | number {
  if (cred.uid !== 0 && cred.uid !== a.uid) return EPERM;
  if (!Number.isFinite(atimeMs) || !Number.isFinite(mtimeMs)) return EINVAL;
  return { atimeMs, mtimeMs };
}

/** 0 stays +0, so that results compare equal with Object.is. */
function neg(errno: number): number {
  return errno === 0 ? 0 : -errno;
}

function badRange(buf: Uint8Array, offset: number, length: number, position: number | null): boolean {
  return !(buf instanceof Uint8Array) || !Number.isInteger(offset) || !Number.isInteger(length) ||
    offset < 0 || length < 0 || offset + length > buf.length ||
    (position !== null && (!Number.isInteger(position) || position < 0));
}

/** Callback the VFS gives an open file so that writes reach fs.watch listeners. */
export type ChangeNotifier = (path: string) => void;

export class OpenFile implements VfsFile {
  position = 0;
  private _closed = false;

  constructor(
    readonly flags: number,
    private readonly _dev: number,
    private readonly _file: BackendFile,
    private readonly _isDir: boolean,
    private readonly _device: DeviceDriver | null,
    /** Canonical path at open time, for watch events; renames later are not followed. */
    private readonly _path: string,
    private readonly _notify: ChangeNotifier | null,
  ) {}

  read(dst: Uint8Array, offset: number, length: number, position: number | null): number {
    if (this._closed || (this.flags & O_ACCMODE) === O_WRONLY) return -EBADF;
    if (badRange(dst, offset, length, position)) return -EINVAL;
    if (this._isDir) return -EISDIR;
    if (this._device !== null) return this._device.read(dst, offset, length);
    const n = this._file.read(dst, offset, length, position ?? this.position);
    if (position === null && n > 0) this.position += n;
    return n;
  }

  write(src: Uint8Array, offset: number, length: number, position: number | null): number {
    if (this._closed || (this.flags & O_ACCMODE) === O_RDONLY) return -EBADF;
    if (badRange(src, offset, length, position)) return -EINVAL;
    if (this._device !== null) return this._device.write(src, offset, length);
    let at = position ?? this.position;
    if ((this.flags & O_APPEND) !== 0) {
      const a = this._file.getattr();
      if (typeof a === 'number') return -a;
      at = a.size;
    }
    const n = this._file.write(src, offset, length, at);
    if (n >= 0) {
      if (position === null) this.position = at + n;
      if (this._notify !== null) this._notify(this._path);
    }
    return n;
  }

  stat(): StatResult | number {
    if (this._closed) return EBADF;
    const a = this._file.getattr();
    return typeof a === 'number' ? a : toStat(this._dev, a);
  }

  truncate(len: number): number {
    if (this._closed) return -EBADF;
    if (!Number.isInteger(len) || len < 0 || this._isDir || (this.flags & O_ACCMODE) === O_RDONLY) return -EINVAL;
    if (this._device !== null) return 0;
    const err = this._file.setattr({ size: len });
    if (err !== 0) return -err;
    if (this._notify !== null) this._notify(this._path);
    return 0;
  }

  sync(): number {
    if (this._closed) return -EBADF;
    return neg(this._file.sync());
  }

  chmod(mode: number, cred: Cred): number {
    return this._setattr((a) => chmodChanges(a, mode, cred));
  }

  chown(uid: number, gid: number, cred: Cred): number {
    return this._setattr((a) => chownChanges(a, uid, gid, cred));
  }

  utimes(atimeMs: number, mtimeMs: number, cred: Cred): number {
    return this._setattr((a) => utimesChanges(a, atimeMs, mtimeMs, cred));
  }

  private _setattr(decide: (a: NodeAttr) => SetAttr | number): number {
    if (this._closed) return -EBADF;
    const a = this._file.getattr();
    if (typeof a === 'number') return -a;
    const changes = decide(a);
    if (typeof changes === 'number') return -changes;
    return neg(this._file.setattr(changes));
  }

  readdir(): DirEntry[] | number {
    if (this._closed) return EBADF;
    if (!this._isDir) return ENOTDIR;
    return this._file.readdir();
  }

  close(): number {
    if (this._closed) return -EBADF;
    this._closed = true;
    return neg(this._file.close());
  }
}
