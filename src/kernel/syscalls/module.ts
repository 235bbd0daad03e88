// kernel layer: module-loader syscalls — one call that does what the CommonJS loader would
// otherwise ask for in several round trips (stat the candidates, realpath the one found, read it).
import { EINVAL } from '../../abi/errno.js';
import { MAX_IO_CHUNK } from '../../abi/channel.js';
import { Sys } from '../../abi/syscalls.js';
import type { Resolved, Vfs } from '../fs/vfs.js';
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

/** The node `path` names (symlinks followed), null when stat() of it would fail. */
function find(vfs: Vfs, p: Process, path: string): Resolved | null {
  const r = vfs.resolve(p.cwd, path, p.cred);
  return typeof r === 'number' ? null : r;
}

/** 0: missing, 1: anything but a directory, 2: directory — the loader's view of stat(). */
function kindOf(r: Resolved | null): number {
  return r === null ? 0 : (r.mode & S_IFMT) === S_IFDIR ? 2 : 1;
}

/**
 * The whole file when it fits the reply beside its path; null lets the runtime read it itself
 * (only regular files are read here: opening a FIFO or a device may wait or have effects).
 */
function source(vfs: Vfs, p: Process, file: Resolved, room: number): Uint8Array | null {
  const f = vfs.openResolved(file, 0, p.cred);
  if (typeof f === 'number') return null;
  try {
    const st = f.stat();
    if (typeof st === 'number' || (st.mode & S_IFMT) === S_IFDIR) return null;
    if (st.size > room - 3 * file.path.length - REPLY_SLACK) return null;
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
   * found is answered by its real path. With FIND_PACKAGE, the reply also tells what a file
   * named package.json beside the found one holds: its bytes, null when there is none (or it is
   * a directory), undefined when that is not answered here (not a regular file, or too large for
   * the reply).
   */
  [Sys.moduleFind](k, p, [dir, base, exts, flags]) {
    if (typeof dir !== 'string' || typeof base !== 'string' || !Array.isArray(exts) || typeof flags !== 'number') return -EINVAL;
    for (const ext of exts) if (typeof ext !== 'string') return -EINVAL;
    const vfs = k.vfs;
    if (dir !== '' && kindOf(find(vfs, p, dir)) !== 2) return [-1, '', null];
    // Each candidate is walked once: its type, its real path and its source come from that one
    // resolution, with the search permission of every component checked as stat() checks it.
    let kind = 0;
    let found: Resolved | null = null;
    if ((flags & FIND_SELF) !== 0) {
      const r = find(vfs, p, base);
      kind = kindOf(r);
      if (kind === 1) found = r;
    }
    if (found === null) {
      for (const ext of exts as string[]) {
        const r = find(vfs, p, base + ext);
        if (kindOf(r) === 1) {
          found = r;
          break;
        }
      }
    }
    if (found === null) return [kind, '', null];
    const regular = (found.mode & S_IFMT) === S_IFREG;
    const text = regular && (flags & FIND_SOURCE) !== 0 ? source(vfs, p, found, MAX_IO_CHUNK) : null;
    if ((flags & FIND_PACKAGE) === 0) return [kind, found.path, text];
    const r = vfs.resolveBeside(found, 'package.json', p.cred);
    const pjson = typeof r === 'number' ? null : r;
    const type = pjson === null ? 0 : pjson.mode & S_IFMT;
    const room = MAX_IO_CHUNK - 3 * found.path.length - REPLY_SLACK - (text === null ? 0 : text.length);
    const pkg = pjson === null || type === S_IFDIR ? null : type === S_IFREG ? source(vfs, p, pjson, room) ?? undefined : undefined;
    return [kind, found.path, text, pkg];
  },
};
