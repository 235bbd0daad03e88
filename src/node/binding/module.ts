// node layer: the module-loader binding — the CommonJS path search's stat/realpath/read steps
// as one syscall (kernel/syscalls/module.ts), so a require costs one round trip, not four.
import { Sys } from '../../abi/syscalls.js';
import { lastErrno, sysSync } from './syscall.js';

/** `base` itself is a candidate (its kind is reported). */
export const FIND_SELF = 1;
/** Answer the found file's contents too, when they fit one reply. */
export const FIND_SOURCE = 2;
/** Answer the package.json beside the found file too (`Found.pkg`). */
export const FIND_PACKAGE = 4;

export interface Found {
  /** -1: `dir` is not a directory; else the kind of `base` (0 missing, 1 file, 2 directory; 0 without FIND_SELF). */
  kind: number;
  /** The real path of the first candidate that is a file, '' when none is (or its realpath failed). */
  file: string;
  source: Uint8Array | null;
  /** With FIND_PACKAGE: the bytes of the package.json beside `file`, null when there is none, undefined when unknown. */
  pkg: Uint8Array | null | undefined;
}

const none: Found = { kind: 0, file: '', source: null, pkg: undefined };

export function moduleFind(dir: string, base: string, exts: string[], flags: number): Found {
  const r = sysSync(Sys.moduleFind, [dir, base, exts, flags]) as [number, string, Uint8Array | null, (Uint8Array | null)?];
  if (lastErrno !== 0) return none;
  return { kind: r[0], file: r[1], source: r[2], pkg: r[3] };
}
