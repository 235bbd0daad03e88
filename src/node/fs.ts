// node layer: the `fs` module — argument handling in Node's order, then one binding call.
import { Buffer } from './buffer.js';
import * as binding from './binding/fs.js';
import { Sys, StatIndex } from '../abi/syscalls.js';
import { nodeError } from './internal/errors.js';
import { validateFunction } from './internal/validators.js';
import { queueIo, refHandle } from './internal/loop.js';
import type { Value } from '../abi/channel.js';

export const constants = {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7, S_IFMT: 61440, S_IFREG: 32768,
  S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576, S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152,
  O_CREAT: 64, O_EXCL: 128, UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024,
  O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096,
  O_DIRECT: 16384, O_NONBLOCK: 2048, S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64,
  S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
};
export const { F_OK, R_OK, W_OK, X_OK } = constants;

const flagStrings: Record<string, number> = {
  r: 0, rs: 0o4010000, sr: 0o4010000, 'r+': 2, 'rs+': 0o4010002, 'sr+': 0o4010002,
  w: 0o1101, wx: 0o1301, xw: 0o1301, 'w+': 0o1102, 'wx+': 0o1302, 'xw+': 0o1302,
  a: 0o2101, ax: 0o2301, xa: 0o2301, as: 0o4012101, sa: 0o4012101,
  'a+': 0o2102, 'ax+': 0o2302, 'xa+': 0o2302, 'as+': 0o4012102, 'sa+': 0o4012102,
};

export function stringToFlags(flags: unknown, name = 'flags'): number {
  if (typeof flags === 'number') return flags;
  if (flags == null) return 0;
  const value = flagStrings[flags as string];
  if (value === undefined) throw nodeError('ERR_INVALID_ARG_VALUE', name, flags, 'is invalid');
  return value;
}

function toPath(path: unknown, name = 'path'): string {
  if (typeof path === 'string') {
    if (path.includes('\0')) throw nodeError('ERR_INVALID_ARG_VALUE', name, path, 'must be a string, Uint8Array, or URL without null bytes');
    return path;
  }
  if (path instanceof Uint8Array) return Buffer.from(path).toString();
  if (path instanceof URL) {
    if (path.protocol !== 'file:') throw nodeError('ERR_INVALID_URL_SCHEME', 'file');
    return decodeURIComponent(path.pathname);
  }
  throw nodeError('ERR_INVALID_ARG_TYPE', name, ['string', 'Buffer', 'URL'], path);
}

export class Stats {
  dev: number; mode: number; nlink: number; uid: number; gid: number; rdev: number; blksize: number;
  ino: number; size: number; blocks: number; atimeMs: number; mtimeMs: number; ctimeMs: number; birthtimeMs: number;
  atime: Date; mtime: Date; ctime: Date; birthtime: Date;

  constructor(raw: number[]) {
    this.dev = raw[StatIndex.dev];
    this.mode = raw[StatIndex.mode];
    this.nlink = raw[StatIndex.nlink];
    this.uid = raw[StatIndex.uid];
    this.gid = raw[StatIndex.gid];
    this.rdev = raw[StatIndex.rdev];
    this.blksize = raw[StatIndex.blksize];
    this.ino = raw[StatIndex.ino];
    this.size = raw[StatIndex.size];
    this.blocks = raw[StatIndex.blocks];
    this.atimeMs = raw[StatIndex.atimeMs];
    this.mtimeMs = raw[StatIndex.mtimeMs];
    this.ctimeMs = raw[StatIndex.ctimeMs];
    this.birthtimeMs = raw[StatIndex.birthtimeMs];
    this.atime = new Date(this.atimeMs);
    this.mtime = new Date(this.mtimeMs);
    this.ctime = new Date(this.ctimeMs);
    this.birthtime = new Date(this.birthtimeMs);
  }

  private _type(): number {
    return this.mode & constants.S_IFMT;
  }

  isFile(): boolean { return this._type() === constants.S_IFREG; }
  isDirectory(): boolean { return this._type() === constants.S_IFDIR; }
  isSymbolicLink(): boolean { return this._type() === constants.S_IFLNK; }
  isBlockDevice(): boolean { return this._type() === constants.S_IFBLK; }
  isCharacterDevice(): boolean { return this._type() === constants.S_IFCHR; }
  isFIFO(): boolean { return this._type() === constants.S_IFIFO; }
  isSocket(): boolean { return this._type() === constants.S_IFSOCK; }
}

interface ReadOptions { encoding?: BufferEncoding | null; flag?: string | number }

function readOptions(options: unknown, defaultFlag: string): { encoding: BufferEncoding | null; flag: number } {
  if (options == null) return { encoding: null, flag: stringToFlags(defaultFlag) };
  if (typeof options === 'string') return { encoding: options as BufferEncoding, flag: stringToFlags(defaultFlag) };
  if (typeof options !== 'object') throw nodeError('ERR_INVALID_ARG_TYPE', 'options', ['string', 'Object'], options);
  const { encoding = null, flag = defaultFlag } = options as ReadOptions;
  if (encoding !== null && !Buffer.isEncoding(encoding)) throw nodeError('ERR_INVALID_ARG_VALUE', 'encoding', encoding, 'is invalid encoding');
  return { encoding, flag: stringToFlags(flag) };
}

function decode(bytes: Uint8Array, encoding: BufferEncoding | null): string | Uint8Array {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return encoding ? buffer.toString(encoding) : buffer;
}

function readWholeFile(target: string | number, flag: number): Uint8Array {
  const whole = binding.readFileSync(target, flag);
  if (whole !== null) return whole;
  // Too large for one transfer: read it in pieces through a descriptor.
  const fd = typeof target === 'number' ? target : binding.openSync(target, flag, 0o666);
  try {
    const chunks: Uint8Array[] = [];
    for (;;) {
      const chunk = binding.readSync(fd, 1 << 20, null);
      if (chunk.byteLength === 0) break;
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  } finally {
    if (typeof target !== 'number') binding.closeSync(fd);
  }
}

export function readFileSync(path: unknown, options?: unknown): string | Uint8Array {
  const { encoding, flag } = readOptions(options, 'r');
  const target = typeof path === 'number' ? path : toPath(path);
  return decode(readWholeFile(target, flag), encoding);
}

function toBytes(data: unknown, encoding: BufferEncoding | null): Uint8Array {
  if (typeof data === 'string') return Buffer.from(data, encoding ?? 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw nodeError('ERR_INVALID_ARG_TYPE', 'data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function writeOptions(options: unknown, defaultFlag: string): { encoding: BufferEncoding | null; flag: number; mode: number } {
  if (options == null) return { encoding: 'utf8', flag: stringToFlags(defaultFlag), mode: 0o666 };
  if (typeof options === 'string') return { encoding: options as BufferEncoding, flag: stringToFlags(defaultFlag), mode: 0o666 };
  const { encoding = 'utf8', flag = defaultFlag, mode = 0o666 } = options as { encoding?: BufferEncoding; flag?: string; mode?: number };
  return { encoding, flag: stringToFlags(flag), mode };
}

export function writeFileSync(path: unknown, data: unknown, options?: unknown): void {
  const { encoding, flag, mode } = writeOptions(options, 'w');
  const bytes = toBytes(data, encoding);
  binding.writeFileSync(typeof path === 'number' ? path : toPath(path), bytes, flag, mode);
}

export function appendFileSync(path: unknown, data: unknown, options?: unknown): void {
  const { encoding, flag, mode } = writeOptions(options, 'a');
  binding.writeFileSync(typeof path === 'number' ? path : toPath(path), toBytes(data, encoding), flag, mode);
}

export function existsSync(path: unknown): boolean {
  let file: string;
  try {
    file = toPath(path);
  } catch {
    return false;
  }
  return typeof binding.tryStat(file) !== 'number';
}

export function statSync(path: unknown, options?: { throwIfNoEntry?: boolean }): Stats | undefined {
  const file = toPath(path);
  if (options?.throwIfNoEntry === false) {
    const raw = binding.tryStat(file);
    return typeof raw === 'number' ? undefined : new Stats(raw);
  }
  return new Stats(binding.statSync(file));
}

export function lstatSync(path: unknown): Stats {
  return new Stats(binding.statSync(toPath(path), false));
}

export function fstatSync(fd: number): Stats {
  return new Stats(binding.fstatSync(fd));
}

export function readdirSync(path: unknown): string[] {
  return binding.readdirSync(toPath(path))[0];
}

export function mkdirSync(path: unknown, options?: number | { recursive?: boolean; mode?: number }): string | undefined {
  const file = toPath(path);
  const mode = typeof options === 'number' ? options : options?.mode ?? 0o777;
  if (typeof options === 'object' && options?.recursive) {
    const parts = file.split('/');
    let first: string | undefined;
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join('/') || '/';
      if (typeof binding.tryStat(prefix) === 'number') {
        binding.mkdirSync(prefix, mode);
        first ??= prefix;
      }
    }
    return first;
  }
  binding.mkdirSync(file, mode);
  return undefined;
}

export const rmdirSync = (path: unknown): void => binding.rmdirSync(toPath(path));
export const unlinkSync = (path: unknown): void => binding.unlinkSync(toPath(path));
export const renameSync = (from: unknown, to: unknown): void => binding.renameSync(toPath(from, 'oldPath'), toPath(to, 'newPath'));
export const realpathSync = (path: unknown): string => binding.realpathSync(toPath(path));
export const readlinkSync = (path: unknown): string => binding.readlinkSync(toPath(path));
export const symlinkSync = (target: unknown, path: unknown): void => binding.symlinkSync(toPath(target, 'target'), toPath(path));
export const accessSync = (path: unknown, mode = F_OK): void => binding.accessSync(toPath(path), mode);
export const chmodSync = (path: unknown, mode: number): void => binding.chmodSync(toPath(path), mode);
export const openSync = (path: unknown, flags: unknown = 'r', mode = 0o666): number => binding.openSync(toPath(path), stringToFlags(flags), mode);
export const closeSync = (fd: number): void => binding.closeSync(fd);

export function writeSync(fd: number, data: unknown, ...rest: unknown[]): number {
  if (typeof data === 'string') {
    const [position = null, encoding = 'utf8'] = rest as [number | null, BufferEncoding];
    return binding.writeSync(fd, Buffer.from(data, encoding), position);
  }
  const view = data as ArrayBufferView;
  const [offset = 0, length = view.byteLength - (offset as number), position = null] = rest as [number, number, number | null];
  return binding.writeSync(fd, new Uint8Array(view.buffer, view.byteOffset + offset, length), position);
}

export function readSync(fd: number, buffer: ArrayBufferView, offset = 0, length = buffer.byteLength - offset, position: number | null = null): number {
  const bytes = binding.readSync(fd, length, position);
  new Uint8Array(buffer.buffer, buffer.byteOffset + offset, bytes.byteLength).set(bytes);
  return bytes.byteLength;
}

// ---- callback forms ------------------------------------------------------------------------

function asyncCall(sys: number, args: Value[], syscall: string, path: string | undefined,
  callback: (err: Error | null, value?: Value) => void): void {
  refHandle(1);
  binding.callAsync(sys, args, syscall, (err, value) => {
    queueIo(function oncomplete() {
      refHandle(-1);
      if (err) callback(err);
      else callback(null, value);
    });
  }, path);
}

function lastCallback(args: unknown[]): Function {
  const callback = args[args.length - 1];
  validateFunction(callback, 'cb');
  return callback;
}

export function readFile(path: unknown, ...rest: unknown[]): void {
  const callback = lastCallback(rest);
  const { encoding, flag } = readOptions(rest.length > 1 ? rest[0] : undefined, 'r');
  const target = typeof path === 'number' ? path : toPath(path);
  asyncCall(Sys.readFile, [target, flag], 'open', typeof target === 'string' ? target : undefined, (err, value) => {
    if (err) callback(err);
    else callback(null, decode(value as Uint8Array, encoding));
  });
}

export function writeFile(path: unknown, data: unknown, ...rest: unknown[]): void {
  const callback = lastCallback(rest);
  const { encoding, flag, mode } = writeOptions(rest.length > 1 ? rest[0] : undefined, 'w');
  const target = typeof path === 'number' ? path : toPath(path);
  asyncCall(Sys.writeFile, [target, toBytes(data, encoding), flag, mode], 'open', typeof target === 'string' ? target : undefined,
    (err) => callback(err));
}

export function stat(path: unknown, ...rest: unknown[]): void {
  const callback = lastCallback(rest);
  const file = toPath(path);
  asyncCall(Sys.stat, [file, true], 'stat', file, (err, value) => {
    if (err) callback(err);
    else callback(null, new Stats(value as number[]));
  });
}

export function readdir(path: unknown, ...rest: unknown[]): void {
  const callback = lastCallback(rest);
  const file = toPath(path);
  asyncCall(Sys.readdir, [file], 'scandir', file, (err, value) => {
    if (err) callback(err);
    else callback(null, (value as [string[], number[]])[0]);
  });
}

export function exists(path: unknown, callback: (exists: boolean) => void): void {
  validateFunction(callback, 'cb');
  let file: string;
  try {
    file = toPath(path);
  } catch {
    queueIo(() => callback(false));
    return;
  }
  asyncCall(Sys.stat, [file, true], 'stat', file, (err) => callback(!err));
}

import * as promisesModule from './fs/promises.js';
export const promises = promisesModule;
