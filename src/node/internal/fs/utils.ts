// node layer: what every part of `fs` shares — constants, open-flag strings, path and argument
// validation in Node's order, the Stats/BigIntStats/StatFs/Dirent classes and fs SystemErrors.
import { Buffer } from '../../buffer.js';
import { StatIndex } from '../../../abi/syscalls.js';
import { nodeError } from '../errors.js';
import { validateAbortSignal, validateFunction, validateInt32, validateObject, validateUint32 } from '../validators.js';
import { AbortError } from '../errors.js';

export const constants = {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7, EXTENSIONLESS_FORMAT_JAVASCRIPT: 0,
  EXTENSIONLESS_FORMAT_WASM: 1, S_IFMT: 61440, S_IFREG: 32768,
  S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576, S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152,
  O_CREAT: 64, O_EXCL: 128, UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024,
  O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096,
  O_DIRECT: 16384, O_NONBLOCK: 2048, S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64,
  S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
};

const { S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK } = constants;

const flagStrings: Record<string, number> = {
  r: 0, rs: 0o4010000, sr: 0o4010000, 'r+': 2, 'rs+': 0o4010002, 'sr+': 0o4010002,
  w: 0o1101, wx: 0o1301, xw: 0o1301, 'w+': 0o1102, 'wx+': 0o1302, 'xw+': 0o1302,
  a: 0o2101, ax: 0o2301, xa: 0o2301, as: 0o4012101, sa: 0o4012101,
  'a+': 0o2102, 'ax+': 0o2302, 'xa+': 0o2302, 'as+': 0o4012102, 'sa+': 0o4012102,
};

export function stringToFlags(flags: unknown, name = 'flags'): number {
  if (typeof flags === 'number') return flags;
  if (flags == null) return 0;
  const value = typeof flags === 'string' ? flagStrings[flags] : undefined;
  if (value === undefined) throw nodeError('ERR_INVALID_ARG_VALUE', name, flags, 'is invalid');
  return value;
}

/** Open flags as `fs.open` takes them: a string, an int32, or the default. */
export function parseFlags(flags: unknown, fallback: string | number = 'r'): number {
  if (flags === undefined || flags === null) return stringToFlags(fallback);
  if (typeof flags === 'number') {
    validateInt32(flags, 'flags');
    return flags;
  }
  return stringToFlags(flags);
}

const octal = /^[0-7]+$/;

/** A mode as Node takes it: an int32 in 0..0o777-ish, or an octal string. */
export function parseFileMode(value: unknown, name: string, def?: number): number {
  if (value == null && def !== undefined) return def;
  if (typeof value === 'string') {
    if (!octal.test(value)) throw nodeError('ERR_INVALID_ARG_VALUE', name, value, 'must be a 32-bit unsigned integer or an octal string');
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return (value as number) & 0o7777;
}

export function fileURLToPath(url: URL): string {
  if (url.protocol !== 'file:') throw nodeError('ERR_INVALID_URL_SCHEME', 'file');
  if (url.hostname !== '' && url.hostname !== 'localhost') throw nodeError('ERR_INVALID_FILE_URL_HOST', 'linux');
  const pathname = url.pathname;
  for (let i = 0; i < pathname.length - 2; i++) {
    if (pathname[i] === '%' && pathname[i + 1] === '2' && (pathname[i + 2] === 'f' || pathname[i + 2] === 'F')) {
      throw nodeError('ERR_INVALID_FILE_URL_PATH', 'must not include encoded / characters');
    }
  }
  return decodeURIComponent(pathname);
}

function isURL(value: unknown): value is URL {
  return value != null && typeof (value as URL).href === 'string' && typeof (value as URL).protocol === 'string' &&
    (value as { auth?: unknown }).auth === undefined && (value as URL).origin !== undefined;
}

/** A path argument (string, Buffer/Uint8Array, or file: URL) as the string the kernel takes. */
export function getValidatedPath(path: unknown, name = 'path'): string {
  let file: string;
  if (typeof path === 'string') file = path;
  else if (path instanceof Uint8Array) file = Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString();
  else if (isURL(path)) file = fileURLToPath(path);
  else throw nodeError('ERR_INVALID_ARG_TYPE', name, ['string', 'Buffer', 'URL'], path);
  if (file.includes('\u0000')) {
    throw nodeError('ERR_INVALID_ARG_VALUE', name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return file;
}

export function getValidatedFd(fd: unknown, name = 'fd'): number {
  validateInt32(fd, name, 0);
  return fd;
}

/** The options argument: a string is the encoding; anything else must be an object. */
export function getOptions<T extends object>(options: unknown, defaults: T): T & { encoding?: BufferEncoding | 'buffer' | null } {
  if (options == null || typeof options === 'function') return defaults as T & { encoding?: BufferEncoding | null };
  let result: T & { encoding?: BufferEncoding | 'buffer' | null };
  if (typeof options === 'string') result = { ...defaults, encoding: options as BufferEncoding };
  else if (typeof options === 'object') result = { ...defaults, ...options };
  else throw nodeError('ERR_INVALID_ARG_TYPE', 'options', ['string', 'Object'], options);
  if (result.encoding != null && result.encoding !== 'buffer') assertEncoding(result.encoding);
  if ((result as { signal?: unknown }).signal !== undefined) validateAbortSignal((result as { signal?: unknown }).signal, 'options.signal');
  return result;
}

export function assertEncoding(encoding: unknown): void {
  if (encoding && !Buffer.isEncoding(encoding as string)) {
    throw nodeError('ERR_INVALID_ARG_VALUE', 'encoding', encoding, 'is invalid encoding');
  }
}

export function makeCallback<T extends Function>(cb: unknown): T {
  validateFunction(cb, 'cb');
  return cb as T;
}

export function checkAborted(signal: AbortSignal | undefined | null): void {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

/** Seconds since the epoch, the way utimes takes a time: number, numeric string or Date. */
export function toUnixTimestamp(time: unknown, name = 'time'): number {
  if (typeof time === 'string' && +time == (time as unknown as number)) return +time;
  if (typeof time === 'number' && Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  if (typeof time === 'number') return Date.now() / 1000;
  throw nodeError('ERR_INVALID_ARG_TYPE', name, ['Date', 'Time in seconds'], time);
}

// ---- Stats ---------------------------------------------------------------------------------

/** Extra stat array slots after the ABI's 14: exact seconds and nanoseconds of each time. */
const SEC = 14;

function typeIs(mode: number | bigint, type: number): boolean {
  return typeof mode === 'bigint' ? (mode & BigInt(S_IFMT)) === BigInt(type) : (mode & S_IFMT) === type;
}

export class StatsBase {
  declare dev: number | bigint;
  declare mode: number | bigint;
  isDirectory(): boolean { return typeIs(this.mode, S_IFDIR); }
  isCharacterDevice(): boolean { return typeIs(this.mode, S_IFCHR); }
  isBlockDevice(): boolean { return typeIs(this.mode, S_IFBLK); }
  isSymbolicLink(): boolean { return typeIs(this.mode, S_IFLNK); }
  isFIFO(): boolean { return typeIs(this.mode, S_IFIFO); }
  isSocket(): boolean { return typeIs(this.mode, S_IFSOCK); }
}

function dateOf(ms: number): Date {
  return new Date(Math.round(ms));
}

// Fields are `declare`d so that the constructor's assignments fix their order, which inspect shows.
export class Stats extends StatsBase {
  declare dev: number; declare mode: number; declare nlink: number; declare uid: number; declare gid: number;
  declare rdev: number; declare blksize: number; declare ino: number; declare size: number; declare blocks: number;
  declare atimeMs: number; declare mtimeMs: number; declare ctimeMs: number; declare birthtimeMs: number;
  declare atime: Date; declare mtime: Date; declare ctime: Date; declare birthtime: Date;

  constructor(dev: number, mode: number, nlink: number, uid: number, gid: number, rdev: number, blksize: number,
    ino: number, size: number, blocks: number, atimeMs: number, mtimeMs: number, ctimeMs: number, birthtimeMs: number) {
    super();
    this.dev = dev;
    this.mode = mode;
    this.nlink = nlink;
    this.uid = uid;
    this.gid = gid;
    this.rdev = rdev;
    this.blksize = blksize;
    this.ino = ino;
    this.size = size;
    this.blocks = blocks;
    this.atimeMs = atimeMs;
    this.mtimeMs = mtimeMs;
    this.ctimeMs = ctimeMs;
    this.birthtimeMs = birthtimeMs;
    this.atime = dateOf(atimeMs);
    this.mtime = dateOf(mtimeMs);
    this.ctime = dateOf(ctimeMs);
    this.birthtime = dateOf(birthtimeMs);
  }

  isFile(): boolean { return typeIs(this.mode, S_IFREG); }
  _checkModeProperty(property: number): boolean { return typeIs(this.mode, property); }
}

const NS = 1000000000n;
const MS = 1000000n;

export class BigIntStats extends StatsBase {
  declare dev: bigint; declare mode: bigint; declare nlink: bigint; declare uid: bigint; declare gid: bigint;
  declare rdev: bigint; declare blksize: bigint; declare ino: bigint; declare size: bigint; declare blocks: bigint;
  declare atimeMs: bigint; declare mtimeMs: bigint; declare ctimeMs: bigint; declare birthtimeMs: bigint;
  declare atimeNs: bigint; declare mtimeNs: bigint; declare ctimeNs: bigint; declare birthtimeNs: bigint;
  declare atime: Date; declare mtime: Date; declare ctime: Date; declare birthtime: Date;

  constructor(raw: number[]) {
    super();
    this.dev = BigInt(raw[StatIndex.dev]);
    this.mode = BigInt(raw[StatIndex.mode]);
    this.nlink = BigInt(raw[StatIndex.nlink]);
    this.uid = BigInt(raw[StatIndex.uid]);
    this.gid = BigInt(raw[StatIndex.gid]);
    this.rdev = BigInt(raw[StatIndex.rdev]);
    this.blksize = BigInt(raw[StatIndex.blksize]);
    this.ino = BigInt(raw[StatIndex.ino]);
    this.size = BigInt(raw[StatIndex.size]);
    this.blocks = BigInt(raw[StatIndex.blocks]);
    const ns = (i: number): bigint => BigInt(raw[SEC + i * 2] ?? 0) * NS + BigInt(raw[SEC + i * 2 + 1] ?? 0);
    const atimeNs = ns(0);
    const mtimeNs = ns(1);
    const ctimeNs = ns(2);
    const birthtimeNs = ns(3);
    this.atimeMs = atimeNs / MS;
    this.mtimeMs = mtimeNs / MS;
    this.ctimeMs = ctimeNs / MS;
    this.birthtimeMs = birthtimeNs / MS;
    this.atimeNs = atimeNs;
    this.mtimeNs = mtimeNs;
    this.ctimeNs = ctimeNs;
    this.birthtimeNs = birthtimeNs;
    this.atime = new Date(Number(this.atimeMs));
    this.mtime = new Date(Number(this.mtimeMs));
    this.ctime = new Date(Number(this.ctimeMs));
    this.birthtime = new Date(Number(this.birthtimeMs));
  }

  isFile(): boolean { return typeIs(this.mode, S_IFREG); }
  _checkModeProperty(property: number): boolean { return typeIs(this.mode, property); }
}

// Node's Stats and BigIntStats keep field order so that inspect prints dev..birthtimeMs, then
// the *Ns fields, then the dates; declared fields already give that order.
Object.defineProperty(BigIntStats, 'name', { value: 'BigIntStats' });

export function getStatsFromBinding(raw: number[], bigint = false): Stats | BigIntStats {
  if (bigint) return new BigIntStats(raw);
  return new Stats(raw[0], raw[1], raw[2], raw[3], raw[4], raw[5], raw[6], raw[7], raw[8], raw[9],
    raw[10], raw[11], raw[12], raw[13]);
}

export class StatFs {
  declare type: number | bigint; declare bsize: number | bigint; declare blocks: number | bigint; declare bfree: number | bigint;
  declare bavail: number | bigint; declare files: number | bigint; declare ffree: number | bigint;

  constructor(raw: Record<string, number>, bigint: boolean) {
    const v = (n: number): number | bigint => (bigint ? BigInt(n) : n);
    this.type = v(raw.type);
    this.bsize = v(raw.bsize);
    this.blocks = v(raw.blocks);
    this.bfree = v(raw.bfree);
    this.bavail = v(raw.bavail);
    this.files = v(raw.files);
    this.ffree = v(raw.ffree);
  }
}

// ---- Dirent ---------------------------------------------------------------------------------

const kType = Symbol('type');

/** Linux's DT_* values as Node's UV_DIRENT_* ones. */
export function direntTypeFromDT(dt: number): number {
  switch (dt) {
    case 8: return constants.UV_DIRENT_FILE;
    case 4: return constants.UV_DIRENT_DIR;
    case 10: return constants.UV_DIRENT_LINK;
    case 1: return constants.UV_DIRENT_FIFO;
    case 12: return constants.UV_DIRENT_SOCKET;
    case 2: return constants.UV_DIRENT_CHAR;
    case 6: return constants.UV_DIRENT_BLOCK;
    default: return constants.UV_DIRENT_UNKNOWN;
  }
}

export class Dirent {
  declare name: string | Buffer;
  declare parentPath: string;
  declare path: string;
  declare [kType]: number;

  constructor(name: string | Buffer, type: number, path: string) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory(): boolean { return this[kType] === constants.UV_DIRENT_DIR; }
  isFile(): boolean { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice(): boolean { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice(): boolean { return this[kType] === constants.UV_DIRENT_CHAR; }
  isSymbolicLink(): boolean { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO(): boolean { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket(): boolean { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

/** A Dirent for an entry whose type the directory did not record: typed from a stat. */
export function direntFromStats(name: string | Buffer, stats: Stats, path: string): Dirent {
  const mode = stats.mode & S_IFMT;
  const type = mode === S_IFREG ? 1 : mode === S_IFDIR ? 2 : mode === S_IFLNK ? 3 : mode === S_IFIFO ? 4
    : mode === S_IFSOCK ? 5 : mode === S_IFCHR ? 6 : mode === S_IFBLK ? 7 : 0;
  return new Dirent(name, type, path);
}

// ---- SystemError (ERR_FS_EISDIR, ERR_FS_CP_*) ----------------------------------------------

const systemErrorMessages: Record<string, string> = {
  ERR_FS_EISDIR: 'Path is a directory',
  ERR_FS_CP_DIR_TO_NON_DIR: 'Cannot overwrite non-directory with directory',
  ERR_FS_CP_EEXIST: 'Target already exists',
  ERR_FS_CP_EINVAL: 'Invalid src or dest',
  ERR_FS_CP_NON_DIR_TO_DIR: 'Cannot overwrite directory with non-directory',
  ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY: 'Cannot overwrite symlink in subdirectory of self',
  ERR_FS_CP_UNKNOWN: 'Cannot copy an unknown file type',
};

export interface SystemErrorContext {
  code: string;
  message: string;
  path?: string;
  dest?: string;
  syscall: string;
  errno: number;
}

class SystemError extends Error {
  code!: string;
  info!: SystemErrorContext;
  errno!: number;
  syscall!: string;
  path?: string;
  dest?: string;
}

/** Node's SystemError: `Prefix: syscall returned CODE (message) path => dest`, with `info`. */
export function systemError(key: string, context: SystemErrorContext): Error {
  let message = `${systemErrorMessages[key]}: ${context.syscall} returned ${context.code} (${context.message})`;
  if (context.path !== undefined) message += ` ${context.path}`;
  if (context.dest !== undefined) message += ` => ${context.dest}`;
  const err = new SystemError(message);
  Object.defineProperty(err, 'name', { value: `SystemError [${key}]`, configurable: true, writable: true, enumerable: false });
  void err.stack;
  Object.defineProperty(err, 'name', { value: 'SystemError', configurable: true, writable: true, enumerable: false });
  Object.defineProperty(err, 'code', { value: key, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(err, 'info', { value: context, enumerable: true, configurable: true, writable: false });
  const accessor = (prop: keyof SystemErrorContext): void => {
    Object.defineProperty(err, prop, {
      enumerable: true, configurable: true,
      get: () => context[prop],
      set: (value) => { (context as unknown as Record<string, unknown>)[prop] = value; },
    });
  };
  accessor('errno');
  accessor('syscall');
  if (context.path !== undefined) accessor('path');
  if (context.dest !== undefined) accessor('dest');
  return err;
}

export function validateRmOptions(options: unknown): { recursive: boolean; force: boolean; maxRetries: number; retryDelay: number } {
  if (options === undefined) return { recursive: false, force: false, maxRetries: 0, retryDelay: 100 };
  validateObject(options, 'options');
  const o = options as Record<string, unknown>;
  const result = { recursive: false, force: false, maxRetries: 0, retryDelay: 100 };
  if (o.force !== undefined) {
    if (typeof o.force !== 'boolean') throw nodeError('ERR_INVALID_ARG_TYPE', 'options.force', 'boolean', o.force);
    result.force = o.force;
  }
  if (o.recursive !== undefined) {
    if (typeof o.recursive !== 'boolean') throw nodeError('ERR_INVALID_ARG_TYPE', 'options.recursive', 'boolean', o.recursive);
    result.recursive = o.recursive;
  }
  return result;
}

export { validateObject, validateInt32, validateUint32, validateFunction };
