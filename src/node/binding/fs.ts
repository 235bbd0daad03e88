// node layer: the fs binding — one function per file syscall, blocking or asynchronous, turning
// errnos into Node's system errors. Everything in node/ that touches files goes through here.
import { Sys, StatIndex, STAT_FIELDS } from '../../abi/syscalls.js';
import type { Value } from '../../abi/channel.js';
import { lastErrno, sysAsync, sysSync, sysSyncBorrowing } from './syscall.js';
import { uvException, type SystemError } from './uv.js';

/** A blocking call that throws Node's error when the kernel says no. */
export function call(sys: number, args: Value[], syscall: string, path?: string, dest?: string, replyBytes = 0): Value {
  const result = sysSync(sys, args, replyBytes);
  if (lastErrno !== 0) throw uvException(lastErrno, syscall, path, dest);
  return result;
}

/** Like `call`, but answers the errno instead of throwing (for probes such as module lookup). */
export function tryStat(path: string, follow = true): number[] | number {
  const result = sysSync(Sys.stat, [path, follow]);
  return lastErrno !== 0 ? lastErrno : (result as number[]);
}

export const statSync = (path: string, follow = true): number[] => call(Sys.stat, [path, follow], follow ? 'stat' : 'lstat', path) as number[];
export const fstatSync = (fd: number): number[] => call(Sys.fstat, [fd], 'fstat') as number[];
export const openSync = (path: string, flags: number, mode: number): number => call(Sys.open, [path, flags, mode], 'open', path) as number;
export const closeSync = (fd: number): void => void call(Sys.close, [fd], 'close');
export const readSync = (fd: number, length: number, position: number | null): Uint8Array => call(Sys.read, [fd, length, position], 'read', undefined, undefined, length) as Uint8Array;
/**
 * A read of up to `length` bytes handed out in pieces of `piece` bytes (the last may be shorter),
 * each in its own buffer from `alloc`, as Node's streams give one buffer per chunk. The bytes go
 * from the channel straight into the pieces.
 */
export function readPiecesSync(fd: number, length: number, position: number | null, piece: number, alloc: (size: number) => Uint8Array): Uint8Array[] {
  const pieces = sysSyncBorrowing(Sys.read, [fd, length, position], length, (value) => {
    const bytes = value as Uint8Array;
    const out: Uint8Array[] = [];
    for (let at = 0; at < bytes.byteLength; at += piece) {
      const chunk = alloc(Math.min(piece, bytes.byteLength - at));
      chunk.set(bytes.subarray(at, at + chunk.byteLength));
      out.push(chunk);
    }
    return out;
  });
  if (pieces === undefined) throw uvException(lastErrno, 'read');
  return pieces;
}
/** A read of up to `target.byteLength` bytes straight from the channel into `target`; the count. */
export function readIntoSync(fd: number, target: Uint8Array, position: number | null): number {
  const n = sysSyncBorrowing(Sys.read, [fd, target.byteLength, position], target.byteLength, (value) => {
    const bytes = value as Uint8Array;
    target.set(bytes);
    return bytes.byteLength;
  });
  if (n === undefined) throw uvException(lastErrno, 'read');
  return n;
}
export const writeSync = (fd: number, data: Uint8Array, position: number | null): number => call(Sys.write, [fd, data, position], 'write') as number;
export const readdirSync = (path: string): [string[], number[]] => call(Sys.readdir, [path], 'scandir', path) as [string[], number[]];
export const mkdirSync = (path: string, mode: number): void => void call(Sys.mkdir, [path, mode], 'mkdir', path);
export const rmdirSync = (path: string): void => void call(Sys.rmdir, [path], 'rmdir', path);
export const unlinkSync = (path: string): void => void call(Sys.unlink, [path], 'unlink', path);
export const renameSync = (from: string, to: string): void => void call(Sys.rename, [from, to], 'rename', from, to);
export const linkSync = (existing: string, newPath: string): void => void call(Sys.link, [existing, newPath], 'link', existing, newPath);
export const symlinkSync = (target: string, path: string): void => void call(Sys.symlink, [target, path], 'symlink', target, path);
export const readlinkSync = (path: string): string => call(Sys.readlink, [path], 'readlink', path) as string;
export const realpathSync = (path: string): string => call(Sys.realpath, [path], 'realpath', path) as string;
export const accessSync = (path: string, mode: number): void => void call(Sys.access, [path, mode], 'access', path);
export const chmodSync = (path: string, mode: number): void => void call(Sys.chmod, [path, mode, true], 'chmod', path);
export const ftruncateSync = (fd: number, length: number): void => void call(Sys.ftruncate, [fd, length], 'ftruncate');
export const fsyncSync = (fd: number): void => void call(Sys.fsync, [fd], 'fsync');

/** The whole file in one round trip, or null when it is too large for the channel. */
export function readFileSync(target: string | number, flags: number): Uint8Array | null {
  const result = sysSync(Sys.readFile, [target, flags]);
  if (lastErrno === 27 /* EFBIG: larger than one channel transfer */) return null;
  if (lastErrno !== 0) throw uvException(lastErrno, lastErrno === 21 ? 'read' : 'open', typeof target === 'string' && lastErrno !== 21 ? target : undefined);
  return result as Uint8Array;
}

export function writeFileSync(target: string | number, data: Uint8Array, flags: number, mode: number): number {
  return call(Sys.writeFile, [target, data, flags, mode], typeof target === 'string' ? 'open' : 'write', typeof target === 'string' ? target : undefined) as number;
}

/** An asynchronous call: `done(error, value)` with Node's error. */
export function callAsync(sys: number, args: Value[], syscall: string, done: (error: SystemError | null, value: Value) => void, path?: string, dest?: string): void {
  sysAsync(sys, args, (errno, value) => {
    done(errno === 0 ? null : uvException(errno, syscall, path, dest), value);
  });
}

/** A blocking call that answers the errno instead of throwing; `lastErrno` tells which happened. */
export function tryCall(sys: number, args: Value[]): Value {
  return sysSync(sys, args);
}

export { lastErrno, StatIndex, STAT_FIELDS };
