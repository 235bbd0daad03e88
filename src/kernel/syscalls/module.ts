// kernel layer: module-loader syscalls — one call that does what the CommonJS loader would
// otherwise ask for in several round trips (stat the candidates, realpath the one found, read it).
import { EINVAL } from '../../abi/errno.js';
import { MAX_IO_CHUNK } from '../../abi/channel.js';
import { Sys } from '../../abi/syscalls.js';
import type { Vfs } from '../fs/vfs.js';
import type { Process } from '../proc/process-table.js';
import type { Handler } from '../kernel.js';

const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const FIND_SELF = 1;
const FIND_SOURCE = 2;
const FIND_PACKAGE = 4;
/** Room kept in the reply for the list around the source and the path beside it. */
const REPLY_SLACK = 64;

/** The file type bits of stat(), 0 when it fails. */
function typeOf(vfs: Vfs, p: Process, path: string): number {
  const st = vfs.stat(p.cwd, path, p.cred, true);
  return typeof st === 'number' ? 0 : st.mode & S_IFMT;
}

/** 0: missing, 1: anything but a directory, 2: directory — the loader's view of stat(). */
function kindOfType(type: number): number {
  return type === 0 ? 0 : type === S_IFDIR ? 2 : 1;
}

function real(vfs: Vfs, p: Process, path: string): string {
  const r = vfs.realpath(p.cwd, path, p.cred);
  return typeof r === 'number' ? '' : r;
}

/**
 * The whole file when it fits the reply beside its path; null lets the runtime read it itself
 * (only regular files are read here: opening a FIFO or a device may wait or have effects).
 */
function source(vfs: Vfs, p: Process, file: string, room: number): Uint8Array | null {
  const f = vfs.open(p.cwd, file, 0, 0, p.cred, p.umask);
  if (typeof f === 'number') return null;
  try {
    const st = f.stat();
    if (typeof st === 'number' || (st.mode & S_IFMT) === S_IFDIR) return null;
    if (st.size > room - 3 * file.length - REPLY_SLACK) return null;
    const dst = new Uint8Array(st.size);
    const n = f.read(dst, 0, st.size, null);
    if (n < 0) return null;
    return n === st.size ? dst : dst.subarray(0, n);
  } finally {
    f.close();
  }
}

export const moduleHandlers: Record<number, Handler> = {
  /**
   * One step of the CommonJS loader's path search, as Node does it with stat() and realpath():
   * skip `dir` unless it is a directory; with FIND_SELF, `base` itself is a candidate when it is
   * not a directory; then `base` + each extension that is not a directory. The first candidate
   * found is answered by its real path, or '' when realpath fails (the search stops there, as
   * Node's does). With FIND_PACKAGE, the reply also tells what a file named package.json beside
   * the found one holds: its bytes, null when there is none (or it is a directory), undefined
   * when that is not answered here (not a regular file, or too large for the reply).
   */
  [Sys.moduleFind](k, p, [dir, base, exts, flags]) {
    if (typeof dir !== 'string' || typeof base !== 'string' || !Array.isArray(exts) || typeof flags !== 'number') return -EINVAL;
    for (const ext of exts) if (typeof ext !== 'string') return -EINVAL;
    const vfs = k.vfs;
    if (dir !== '' && typeOf(vfs, p, dir) !== S_IFDIR) return [-1, '', null];
    let kind = 0;
    let found = '';
    let regular = false;
    if ((flags & FIND_SELF) !== 0) {
      const type = typeOf(vfs, p, base);
      kind = kindOfType(type);
      if (kind === 1) {
        found = real(vfs, p, base);
        regular = type === S_IFREG;
      }
    }
    if (found === '') {
      for (const ext of exts as string[]) {
        const type = typeOf(vfs, p, base + ext);
        if (kindOfType(type) === 1) {
          found = real(vfs, p, base + ext);
          regular = type === S_IFREG;
          break;
        }
      }
    }
    const text = found !== '' && regular && (flags & FIND_SOURCE) !== 0 ? source(vfs, p, found, MAX_IO_CHUNK) : null;
    if (found === '' || (flags & FIND_PACKAGE) === 0) return [kind, found, text];
    const pjson = `${found.slice(0, found.lastIndexOf('/') + 1)}package.json`;
    const type = typeOf(vfs, p, pjson);
    const room = MAX_IO_CHUNK - 3 * found.length - REPLY_SLACK - (text === null ? 0 : text.length);
    const pkg = type === 0 || type === S_IFDIR ? null : type === S_IFREG ? source(vfs, p, pjson, room) ?? undefined : undefined;
    return [kind, found, text, pkg];
  },
};
