// node layer: fs.cp / cpSync / promises.cp. The copy is written once, as a generator that yields
// the syscalls (and filter calls) it needs; a blocking driver and an asynchronous one run it.
import { Sys } from '../../../abi/syscalls.js';
import type { Value } from '../../../abi/channel.js';
import { call, tryCall } from '../../binding/fs.js';
import { nodeError } from '../errors.js';
import { validateBoolean, validateFunction, validateObject } from '../validators.js';
import { systemError } from './utils.js';
import { preq } from './req.js';
import * as binding from '../../binding/fs.js';
import { resolve } from '../../path.js';

interface CpOptions {
  dereference: boolean;
  errorOnExist: boolean;
  filter?: (src: string, dest: string) => boolean | Promise<boolean>;
  force: boolean;
  preserveTimestamps: boolean;
  recursive: boolean;
  verbatimSymlinks: boolean;
  mode: number;
}

/** A syscall to make; with `soft`, a failure yields the errno (as a negative number) instead of throwing. */
type Op =
  | { sys: number; args: Value[]; syscall: string; path?: string; dest?: string; soft?: boolean }
  | { filter: (src: string, dest: string) => unknown; src: string; dest: string };

type Steps = Generator<Op, void, any>;

const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
const S_IFREG = 0o100000;

function cpOptions(options: unknown): CpOptions {
  const o: CpOptions = {
    dereference: false, errorOnExist: false, force: true, preserveTimestamps: false, recursive: false,
    verbatimSymlinks: false, mode: 0,
  };
  if (options === undefined) return o;
  validateObject(options, 'options');
  const given = options as Record<string, unknown>;
  for (const key of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks'] as const) {
    if (given[key] !== undefined) {
      validateBoolean(given[key], `options.${key}`);
      o[key] = given[key] as boolean;
    }
  }
  if (given.filter !== undefined) {
    validateFunction(given.filter, 'options.filter');
    o.filter = given.filter as CpOptions['filter'];
  }
  if (given.mode !== undefined) o.mode = given.mode as number;
  return o;
}

function parentOf(path: string): string {
  const slash = path.replace(/\/+$/, '').lastIndexOf('/');
  return slash <= 0 ? (slash === 0 ? '/' : '.') : path.slice(0, slash);
}

function absolute(path: string): string {
  return resolve(path);
}

function cpError(key: string, code: string, errno: number, message: string, path: string): Error {
  return systemError(key, { code, message, path, syscall: 'cp', errno });
}

function* statOf(path: string, follow: boolean, soft: boolean): Generator<Op, number[] | number, any> {
  return yield { sys: Sys.stat, args: [path, follow], syscall: follow ? 'stat' : 'lstat', path, soft };
}

/** Node's sync and asynchronous cp disagree on the errno of ERR_FS_EISDIR. */
function* copyEntry(src: string, dest: string, o: CpOptions, top: boolean, eisdirErrno: number): Steps {
  if (o.filter) {
    const keep = yield { filter: o.filter, src, dest };
    if (!keep) return;
  }
  const srcStat = (yield* statOf(src, o.dereference, false)) as number[];
  const destRaw = yield* statOf(dest, o.dereference, true);
  const destStat = typeof destRaw === 'number' ? null : destRaw;
  const srcType = srcStat[1] & S_IFMT;
  if (top) {
    if (destStat !== null && destStat[0] === srcStat[0] && destStat[7] === srcStat[7]) {
      throw cpError('ERR_FS_CP_EINVAL', 'EINVAL', 22, 'src and dest cannot be the same', dest);
    }
    const from = absolute(src).replace(/\/+$/, '');
    const to = absolute(dest);
    if (srcType === S_IFDIR && to.startsWith(from + '/')) {
      throw cpError('ERR_FS_CP_EINVAL', 'EINVAL', 22, `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
    }
  }
  if (destStat !== null) {
    const destIsDir = (destStat[1] & S_IFMT) === S_IFDIR;
    if (srcType === S_IFDIR && !destIsDir) {
      throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', 'EISDIR', 21, `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
    }
    if (srcType !== S_IFDIR && destIsDir) {
      throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', 'ENOTDIR', 20, `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
    }
  }
  if (srcType === S_IFDIR) {
    if (!o.recursive) throw cpError('ERR_FS_EISDIR', 'EISDIR', eisdirErrno, `${src} is a directory (not copied)`, src);
    if (destStat === null) yield { sys: Sys.mkdir, args: [dest, srcStat[1] & 0o7777], syscall: 'mkdir', path: dest };
    const [names] = (yield { sys: Sys.readdir, args: [src], syscall: 'scandir', path: src }) as [string[], number[]];
    for (const name of names) yield* copyEntry(`${src.replace(/\/+$/, '')}/${name}`, `${dest.replace(/\/+$/, '')}/${name}`, o, false, eisdirErrno);
    return;
  }
  if (srcType === S_IFLNK) {
    let target = (yield { sys: Sys.readlink, args: [src], syscall: 'readlink', path: src }) as string;
    if (!o.verbatimSymlinks && !target.startsWith('/')) target = absolute(`${parentOf(src)}/${target}`);
    if (destStat !== null || typeof (yield* statOf(dest, false, true)) !== 'number') {
      yield { sys: Sys.unlink, args: [dest], syscall: 'unlink', path: dest };
    }
    yield { sys: Sys.symlink, args: [target, dest], syscall: 'symlink', path: target, dest };
    return;
  }
  if (srcType !== S_IFREG) throw cpError('ERR_FS_CP_UNKNOWN', 'EINVAL', 22, `cannot copy an unknown file type ${src}`, dest);
  if (destStat !== null) {
    if (!o.force) {
      if (o.errorOnExist) throw cpError('ERR_FS_CP_EEXIST', 'EEXIST', 17, `${dest} already exists`, dest);
      return;
    }
    yield { sys: Sys.unlink, args: [dest], syscall: 'unlink', path: dest };
  }
  yield { sys: Sys.copyFile, args: [src, dest, o.mode & 1], syscall: 'copyfile', path: src, dest };
  if (o.preserveTimestamps) {
    yield { sys: Sys.utimes, args: [dest, srcStat[10], srcStat[11], true], syscall: 'utime', path: dest };
  }
}

function* cpSteps(src: string, dest: string, o: CpOptions, eisdirErrno: number): Steps {
  const parent = parentOf(dest);
  if (typeof (yield* statOf(parent, true, true)) === 'number') {
    // A missing source is reported before the destination's parent is made.
    yield* statOf(src, o.dereference, false);
    yield { sys: Sys.mkdirp, args: [parent, 0o777], syscall: 'mkdir', path: parent };
  }
  yield* copyEntry(src, dest, o, true, eisdirErrno);
}

export function cpSyncImpl(src: string, dest: string, options: unknown): void {
  const o = cpOptions(options);
  const steps = cpSteps(src, dest, o, 22);
  let input: unknown;
  for (;;) {
    const next = steps.next(input);
    if (next.done) return;
    const op = next.value;
    if ('filter' in op) {
      const keep = op.filter(op.src, op.dest);
      if (typeof keep !== 'boolean' && keep !== undefined && keep !== null) {
        if (typeof (keep as Promise<unknown>)?.then === 'function') {
          const err = nodeError('ERR_INVALID_RETURN_VALUE', 'boolean', 'filter', keep);
          err.message = 'Expected boolean to be returned from the "filter" function but got an instance of Promise.';
          throw err;
        }
      }
      input = keep;
    } else if (op.soft) {
      const value = tryCall(op.sys, op.args);
      input = binding.lastErrno !== 0 ? -binding.lastErrno : value;
    } else input = call(op.sys, op.args, op.syscall, op.path, op.dest);
  }
}

export async function cpAsync(src: string, dest: string, options: unknown): Promise<void> {
  const o = cpOptions(options);
  const steps = cpSteps(src, dest, o, 21);
  let input: unknown;
  for (;;) {
    const next = steps.next(input);
    if (next.done) return;
    const op = next.value;
    if ('filter' in op) input = await op.filter(op.src, op.dest);
    else if (op.soft) {
      try {
        input = await preq(op.sys, op.args, op.syscall, op.path, op.dest);
      } catch (err) {
        input = (err as { errno: number }).errno;
      }
    } else input = await preq(op.sys, op.args, op.syscall, op.path, op.dest);
  }
}
