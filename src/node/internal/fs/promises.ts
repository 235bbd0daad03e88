// node layer: the promise API of `fs` (`fs.promises`, `fs/promises`) and its FileHandle: the same
// validation as the other forms, then asynchronous syscalls settled in the loop's I/O phase.
import { Buffer } from '../../buffer.js';
import { EventEmitter } from '../../events.js';
import { Sys } from '../../../abi/syscalls.js';
import { MAX_IO_CHUNK } from '../../../abi/channel.js';
import { nodeError, AbortError } from '../errors.js';
import { validateBoolean, validateInteger, validateObject } from '../validators.js';
import {
  constants, stringToFlags, parseFlags, parseFileMode, getValidatedPath, getOptions, toUnixTimestamp,
  getStatsFromBinding, StatFs, Dirent, direntTypeFromDT, systemError, validateRmOptions,
} from './utils.js';
import { preq } from './req.js';
import { uvException } from '../../binding/uv.js';
import { opendirPromise } from './dir.js';
import { watchPromise } from './watchers.js';
import { cpAsync } from './cp.js';
import { ReadStream, WriteStream } from './streams.js';

type Encoding = BufferEncoding | 'buffer' | null | undefined;

function encodeName(name: string, encoding: Encoding): string | Buffer {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return name;
  const buffer = Buffer.from(name);
  return encoding === 'buffer' ? buffer : buffer.toString(encoding);
}

function encode(bytes: Uint8Array, encoding: Encoding): string | Buffer {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
}

function options<T extends object>(value: unknown, defaults: T): T & { encoding?: Encoding } {
  if (value != null && typeof value !== 'string' && typeof value !== 'object') {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'options', ['string', 'object'], value);
  }
  return getOptions(value, defaults) as T & { encoding?: Encoding };
}

function checkAbort(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

// ---- FileHandle ----------------------------------------------------------------------------

const kFd = Symbol('kFd');

function bytesOf(data: unknown, encoding: BufferEncoding | null | undefined, name = 'data'): Uint8Array {
  if (typeof data === 'string') return Buffer.from(data, encoding ?? 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw nodeError('ERR_INVALID_ARG_TYPE', name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

async function writeAll(fd: number, bytes: Uint8Array, position: number | null, signal?: AbortSignal): Promise<void> {
  let at = 0;
  do {
    checkAbort(signal);
    const piece = bytes.byteLength - at > MAX_IO_CHUNK ? bytes.subarray(at, at + MAX_IO_CHUNK) : at === 0 ? bytes : bytes.subarray(at);
    const n = (await preq(Sys.write, [fd, piece, position === null ? null : position + at], 'write')) as number;
    at += n;
  } while (at < bytes.byteLength);
}

async function readAll(fd: number, signal?: AbortSignal): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for (;;) {
    checkAbort(signal);
    const chunk = (await preq(Sys.read, [fd, MAX_IO_CHUNK, null], 'read')) as Uint8Array;
    if (chunk.byteLength === 0) break;
    chunks.push(chunk);
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

/** Writes `data` (bytes, a string, or an iterable of them) at the fd's position. */
async function writeData(fd: number, data: unknown, encoding: BufferEncoding | null | undefined, signal?: AbortSignal): Promise<void> {
  if (typeof data === 'string' || ArrayBuffer.isView(data)) {
    await writeAll(fd, bytesOf(data, encoding), null, signal);
    return;
  }
  if (data != null && (typeof (data as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function' ||
      typeof (data as Iterable<unknown>)[Symbol.iterator] === 'function')) {
    for await (const chunk of data as AsyncIterable<unknown>) {
      await writeAll(fd, bytesOf(chunk, encoding), null, signal);
    }
    return;
  }
  throw nodeError('ERR_INVALID_ARG_TYPE', 'data', ['string', 'Buffer', 'TypedArray', 'DataView', 'AsyncIterable', 'Iterable', 'Stream'], data);
}

function readParams(buffer: unknown, offset: unknown, length: unknown, position: unknown): [Uint8Array, number, number, number | null] {
  if (buffer != null && !ArrayBuffer.isView(buffer) && typeof buffer === 'object') {
    ({ buffer = Buffer.alloc(16384), offset = 0, length, position = null } = buffer as Record<string, unknown>);
  } else if (buffer == null) buffer = Buffer.alloc(16384);
  if (offset != null && typeof offset === 'object') {
    ({ offset = 0, length, position = null } = offset as Record<string, unknown>);
  }
  if (!ArrayBuffer.isView(buffer)) throw nodeError('ERR_INVALID_ARG_TYPE', 'buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  const view = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const off = offset == null ? 0 : (validateInteger(offset, 'offset', 0), offset as number);
  const len = length == null ? view.byteLength - off : (validateInteger(length, 'length', 0), length as number);
  if (len > view.byteLength - off) throw nodeError('ERR_OUT_OF_RANGE', 'length', `<= ${view.byteLength - off}`, len);
  const pos = typeof position === 'bigint' ? Number(position) : typeof position === 'number' && position >= 0 ? position : null;
  return [view, off, len, pos];
}

/** What a FileHandle's methods reject with once it is closed. */
function closedError(syscall: string): Error {
  const err = new Error('file closed') as Error & { code: string; syscall: string };
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

export class FileHandle extends EventEmitter {
  [kFd]: number;
  private _closing: Promise<void> | null = null;

  constructor(fd: number) {
    super();
    this[kFd] = fd;
  }

  get fd(): number {
    return this[kFd];
  }

  async appendFile(data: unknown, opts?: unknown): Promise<void> {
    if (this[kFd] === -1) throw closedError('writeFile');
    const o = options(opts, { encoding: 'utf8' as BufferEncoding | null, signal: undefined as AbortSignal | undefined });
    await writeData(this[kFd], data, o.encoding as BufferEncoding, o.signal);
  }

  async chmod(mode: unknown): Promise<void> {
    if (this[kFd] === -1) throw closedError('fchmod');
    await preq(Sys.fchmod, [this[kFd], parseFileMode(mode, 'mode')], 'fchmod');
  }

  async chown(uid: unknown, gid: unknown): Promise<void> {
    if (this[kFd] === -1) throw closedError('fchown');
    validateInteger(uid, 'uid', -1, 4294967295);
    validateInteger(gid, 'gid', -1, 4294967295);
    await preq(Sys.fchown, [this[kFd], uid as number, gid as number], 'fchown');
  }

  close(): Promise<void> {
    if (this._closing) return this._closing;
    const fd = this[kFd];
    if (fd === -1) return Promise.resolve();
    this._closing = preq(Sys.close, [fd], 'close').then(() => {
      this[kFd] = -1;
      this._closing = null;
      this.emit('close');
    }, (err) => {
      this._closing = null;
      throw err;
    });
    return this._closing;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  createReadStream(opts?: Record<string, unknown>): ReadStream {
    return new ReadStream(undefined, { ...opts, fd: this });
  }

  createWriteStream(opts?: Record<string, unknown>): WriteStream {
    return new WriteStream(undefined, { ...opts, fd: this });
  }

  async datasync(): Promise<void> {
    if (this[kFd] === -1) throw closedError('fdatasync');
    await preq(Sys.fsync, [this[kFd]], 'fdatasync');
  }

  async sync(): Promise<void> {
    if (this[kFd] === -1) throw closedError('fsync');
    await preq(Sys.fsync, [this[kFd]], 'fsync');
  }

  async read(buffer?: unknown, offset?: unknown, length?: unknown, position?: unknown): Promise<{ bytesRead: number; buffer: unknown }> {
    if (this[kFd] === -1) throw closedError('read');
    const [view, off, len, pos] = readParams(buffer, offset, length, position);
    const target = ArrayBuffer.isView(buffer) ? buffer : (buffer as { buffer?: unknown } | undefined)?.buffer ?? view;
    if (len === 0) return { __proto__: null, bytesRead: 0, buffer: target } as unknown as { bytesRead: number; buffer: unknown };
    const bytes = (await preq(Sys.read, [this[kFd], len, pos], 'read')) as Uint8Array;
    view.set(bytes, off);
    const result = ArrayBuffer.isView(target) ? target : Buffer.from(view.buffer, view.byteOffset, view.byteLength);
    return { __proto__: null, bytesRead: bytes.byteLength, buffer: result } as unknown as { bytesRead: number; buffer: unknown };
  }

  async readv(buffers: ArrayBufferView[], position?: number | null): Promise<{ bytesRead: number; buffers: ArrayBufferView[] }> {
    if (this[kFd] === -1) throw closedError('read');
    const total = buffers.reduce((n, b) => n + b.byteLength, 0);
    const bytes = (await preq(Sys.read, [this[kFd], total, typeof position === 'number' ? position : null], 'read')) as Uint8Array;
    let at = 0;
    for (const b of buffers) {
      if (at >= bytes.byteLength) break;
      const n = Math.min(b.byteLength, bytes.byteLength - at);
      new Uint8Array(b.buffer, b.byteOffset, n).set(bytes.subarray(at, at + n));
      at += n;
    }
    return { __proto__: null, bytesRead: bytes.byteLength, buffers } as unknown as { bytesRead: number; buffers: ArrayBufferView[] };
  }

  async readFile(opts?: unknown): Promise<string | Buffer> {
    if (this[kFd] === -1) throw closedError('readFile');
    const o = options(opts, { signal: undefined as AbortSignal | undefined });
    checkAbort(o.signal);
    return encode(await readAll(this[kFd], o.signal), o.encoding);
  }

  readLines(opts?: Record<string, unknown>): LineReader {
    return new LineReader(this.createReadStream(opts));
  }

  async stat(opts?: { bigint?: boolean }): Promise<unknown> {
    if (this[kFd] === -1) throw closedError('fstat');
    const raw = (await preq(Sys.fstat, [this[kFd]], 'fstat')) as number[];
    return getStatsFromBinding(raw, opts?.bigint === true);
  }

  async truncate(len: unknown = 0): Promise<void> {
    if (this[kFd] === -1) throw closedError('ftruncate');
    validateInteger(len, 'len');
    await preq(Sys.ftruncate, [this[kFd], Math.max(0, len as number)], 'ftruncate');
  }

  async utimes(atime: unknown, mtime: unknown): Promise<void> {
    if (this[kFd] === -1) throw closedError('futime');
    await preq(Sys.futimes, [this[kFd], toUnixTimestamp(atime, 'atime') * 1000, toUnixTimestamp(mtime, 'mtime') * 1000], 'futime');
  }

  async write(buffer: unknown, offsetOrOptions?: unknown, length?: unknown, position?: unknown): Promise<{ bytesWritten: number; buffer: unknown }> {
    if (this[kFd] === -1) throw closedError('write');
    let bytes: Uint8Array;
    let pos: number | null;
    if (typeof buffer === 'string') {
      bytes = Buffer.from(buffer, (typeof length === 'string' ? length : 'utf8') as BufferEncoding);
      pos = typeof offsetOrOptions === 'number' ? offsetOrOptions : null;
    } else {
      if (!ArrayBuffer.isView(buffer)) throw nodeError('ERR_INVALID_ARG_TYPE', 'buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
      let offset = offsetOrOptions;
      if (offset != null && typeof offset === 'object') ({ offset = 0, length, position = null } = offset as Record<string, unknown>);
      const off = offset == null ? 0 : (validateInteger(offset, 'offset', 0), offset as number);
      const len = typeof length === 'number' ? length : buffer.byteLength - off;
      bytes = new Uint8Array(buffer.buffer, buffer.byteOffset + off, len);
      pos = typeof position === 'number' && position >= 0 ? position : null;
    }
    const n = (await preq(Sys.write, [this[kFd], bytes, pos], 'write')) as number;
    return { __proto__: null, bytesWritten: n, buffer } as unknown as { bytesWritten: number; buffer: unknown };
  }

  async writev(buffers: ArrayBufferView[], position?: number | null): Promise<{ bytesWritten: number; buffers: ArrayBufferView[] }> {
    if (this[kFd] === -1) throw closedError('write');
    const bytes = Buffer.concat(buffers.map((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength)));
    const n = bytes.byteLength === 0 ? 0 : (await preq(Sys.write, [this[kFd], bytes, typeof position === 'number' ? position : null], 'write')) as number;
    return { __proto__: null, bytesWritten: n, buffers } as unknown as { bytesWritten: number; buffers: ArrayBufferView[] };
  }

  async writeFile(data: unknown, opts?: unknown): Promise<void> {
    if (this[kFd] === -1) throw closedError('writeFile');
    const o = options(opts, { encoding: 'utf8' as BufferEncoding | null, signal: undefined as AbortSignal | undefined });
    await writeData(this[kFd], data, o.encoding as BufferEncoding, o.signal);
  }
}

/** What `filehandle.readLines()` gives: 'line' events and async iteration over the lines. */
class LineReader extends EventEmitter {
  private readonly _input: ReadStream;

  constructor(input: ReadStream) {
    super();
    this._input = input;
    input.setEncoding('utf8');
    let rest = '';
    let sawCr = false;
    input.on('data', (chunk: string) => {
      let text = rest + chunk;
      if (sawCr && text.startsWith('\n')) text = text.slice(1);
      sawCr = false;
      let start = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) {
          this.emit('line', text.slice(start, i));
          if (c === 13) {
            if (i + 1 < text.length && text.charCodeAt(i + 1) === 10) i++;
            else if (i + 1 === text.length) sawCr = true;
          }
          start = i + 1;
        }
      }
      rest = text.slice(start);
    });
    input.on('end', () => {
      if (rest.length > 0) this.emit('line', rest);
      this.emit('close');
    });
    input.on('error', (err: Error) => this.emit('error', err));
  }

  close(): void {
    this._input.destroy();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<string> {
    const lines: string[] = [];
    let done = false;
    let failure: Error | null = null;
    let wake: (() => void) | null = null;
    const notify = (): void => {
      const w = wake;
      wake = null;
      w?.();
    };
    this.on('line', (line: string) => {
      lines.push(line);
      notify();
    });
    this.on('close', () => {
      done = true;
      notify();
    });
    this.on('error', (err: Error) => {
      failure = err;
      notify();
    });
    for (;;) {
      if (lines.length > 0) {
        yield lines.shift()!;
        continue;
      }
      if (failure) throw failure;
      if (done) return;
      await new Promise<void>((resolve) => { wake = resolve; });
    }
  }
}

function fdOf(handle: unknown): number | null {
  return handle instanceof FileHandle ? handle.fd : null;
}

// ---- the module's functions ----------------------------------------------------------------

export async function access(path: unknown, mode: unknown = constants.F_OK): Promise<void> {
  const file = getValidatedPath(path);
  validateInteger(mode, 'mode');
  if ((mode as number) < 0 || (mode as number) > 7) {
    const err = nodeError('ERR_OUT_OF_RANGE', 'mode', '>= 0 && <= 7', mode);
    err.message = 'mode is out of range: >= 0 && <= 7';
    throw err;
  }
  await preq(Sys.access, [file, mode as number], 'access', file);
}

export async function copyFile(src: unknown, dest: unknown, mode: unknown = 0): Promise<void> {
  const s = getValidatedPath(src, 'src');
  const d = getValidatedPath(dest, 'dest');
  validateInteger(mode, 'mode');
  if ((mode as number) < 0 || (mode as number) > 7) {
    const err = nodeError('ERR_OUT_OF_RANGE', 'mode', '>= 0 && <= 7', mode);
    err.message = 'mode is out of range: >= 0 && <= 7';
    throw err;
  }
  await preq(Sys.copyFile, [s, d, mode as number], 'copyfile', s, d);
}

export async function cp(src: unknown, dest: unknown, opts?: unknown): Promise<void> {
  await cpAsync(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), opts);
}

export async function open(path: unknown, flags?: unknown, mode?: unknown): Promise<FileHandle> {
  const file = getValidatedPath(path);
  const f = parseFlags(flags);
  const m = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle((await preq(Sys.open, [file, f, m], 'open', file)) as number);
}

export async function opendir(path: unknown, opts?: unknown): Promise<unknown> {
  return opendirPromise(path, opts);
}

export async function rename(oldPath: unknown, newPath: unknown): Promise<void> {
  const a = getValidatedPath(oldPath, 'oldPath');
  const b = getValidatedPath(newPath, 'newPath');
  await preq(Sys.rename, [a, b], 'rename', a, b);
}

export async function truncate(path: unknown, len: unknown = 0): Promise<void> {
  const file = getValidatedPath(path);
  validateInteger(len, 'len');
  await preq(Sys.truncate, [file, Math.max(0, len as number)], 'open', file);
}

export async function rm(path: unknown, opts?: unknown): Promise<void> {
  const file = getValidatedPath(path);
  const o = validateRmOptions(opts);
  let raw: number[];
  try {
    raw = (await preq(Sys.stat, [file, false], 'lstat', file)) as number[];
  } catch (err) {
    if (o.force && (err as { code?: string }).code === 'ENOENT') return;
    throw err;
  }
  const isDir = (raw[1] & 0o170000) === 0o040000;
  if (isDir && !o.recursive) {
    throw systemError('ERR_FS_EISDIR', { code: 'EISDIR', message: 'is a directory', path: file, syscall: 'rm', errno: 21 });
  }
  try {
    await preq(isDir ? Sys.rmtree : Sys.unlink, [file], isDir ? 'rm' : 'unlink', file);
  } catch (err) {
    if (!(o.force && (err as { code?: string }).code === 'ENOENT')) throw err;
  }
}

export async function rmdir(path: unknown, opts?: unknown): Promise<void> {
  const file = getValidatedPath(path);
  let recursive = false;
  if (opts !== undefined) {
    validateObject(opts, 'options');
    const r = (opts as Record<string, unknown>).recursive;
    if (r !== undefined) validateBoolean(r, 'options.recursive');
    recursive = r === true;
  }
  await preq(recursive ? Sys.rmtree : Sys.rmdir, [file], 'rmdir', file);
}

export async function mkdir(path: unknown, opts?: unknown): Promise<string | undefined> {
  let recursive: unknown = false;
  let mode: unknown = 0o777;
  if (typeof opts === 'number' || typeof opts === 'string') mode = opts;
  else if (opts != null) {
    if (typeof opts !== 'object') throw nodeError('ERR_INVALID_ARG_TYPE', 'options', ['string', 'object'], opts);
    ({ recursive = false, mode = 0o777 } = opts as Record<string, unknown>);
  }
  const file = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  const m = parseFileMode(mode, 'mode', 0o777);
  if (recursive) return ((await preq(Sys.mkdirp, [file, m], 'mkdir', file)) as string | null) ?? undefined;
  await preq(Sys.mkdir, [file, m], 'mkdir', file);
  return undefined;
}

export async function readdir(path: unknown, opts?: unknown): Promise<unknown[]> {
  const o = options(opts, { encoding: 'utf8' as Encoding, withFileTypes: false, recursive: false });
  const file = getValidatedPath(path);
  validateBoolean(o.recursive, 'options.recursive');
  const out: unknown[] = [];
  const queue: [string, string][] = [[file, '']];
  while (queue.length > 0) {
    const [dir, prefix] = queue.shift()!;
    const [names, types] = (await preq(Sys.readdir, [dir], 'scandir', dir)) as [string[], number[]];
    for (let i = 0; i < names.length; i++) {
      const name = encodeName(names[i], o.encoding);
      if (o.withFileTypes) out.push(new Dirent(name, direntTypeFromDT(types[i]), dir));
      else out.push(prefix === '' ? name : prefix + names[i]);
      if (o.recursive && types[i] === 4) queue.push([dir.endsWith('/') ? dir + names[i] : dir + '/' + names[i], prefix + names[i] + '/']);
    }
  }
  return out;
}

export async function readlink(path: unknown, opts?: unknown): Promise<string | Buffer> {
  const o = options(opts, {});
  const file = getValidatedPath(path, 'oldPath');
  return encodeName((await preq(Sys.readlink, [file], 'readlink', file)) as string, o.encoding);
}

// The link type only matters on Windows.
export async function symlink(target: unknown, path: unknown, _type?: unknown): Promise<void> {
  const t = getValidatedPath(target, 'target');
  const p = getValidatedPath(path);
  await preq(Sys.symlink, [t, p], 'symlink', t, p);
}

async function statCall(path: unknown, opts: unknown, follow: boolean): Promise<unknown> {
  const file = getValidatedPath(path);
  const bigint = (opts as { bigint?: boolean } | undefined)?.bigint === true;
  return getStatsFromBinding((await preq(Sys.stat, [file, follow], follow ? 'stat' : 'lstat', file)) as number[], bigint);
}

export const lstat = (path: unknown, opts?: unknown): Promise<unknown> => statCall(path, opts, false);
export const stat = (path: unknown, opts?: unknown): Promise<unknown> => statCall(path, opts, true);

export async function statfs(path: unknown, opts?: { bigint?: boolean }): Promise<StatFs> {
  const file = getValidatedPath(path);
  return new StatFs((await preq(Sys.statfs, [file], 'statfs', file)) as Record<string, number>, opts?.bigint === true);
}

export async function link(existingPath: unknown, newPath: unknown): Promise<void> {
  const a = getValidatedPath(existingPath, 'existingPath');
  const b = getValidatedPath(newPath, 'newPath');
  await preq(Sys.link, [a, b], 'link', a, b);
}

export async function unlink(path: unknown): Promise<void> {
  const file = getValidatedPath(path);
  await preq(Sys.unlink, [file], 'unlink', file);
}

export async function chmod(path: unknown, mode: unknown): Promise<void> {
  const file = getValidatedPath(path);
  await preq(Sys.chmod, [file, parseFileMode(mode, 'mode'), true], 'chmod', file);
}

export async function lchmod(_path: unknown, _mode: unknown): Promise<void> {
  throw nodeError('ERR_METHOD_NOT_IMPLEMENTED', 'lchmod()');
}

async function chownCall(path: unknown, uid: unknown, gid: unknown, follow: boolean): Promise<void> {
  const file = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, 4294967295);
  validateInteger(gid, 'gid', -1, 4294967295);
  await preq(Sys.chown, [file, uid as number, gid as number, follow], follow ? 'chown' : 'lchown', file);
}

export const lchown = (path: unknown, uid: unknown, gid: unknown): Promise<void> => chownCall(path, uid, gid, false);
export const chown = (path: unknown, uid: unknown, gid: unknown): Promise<void> => chownCall(path, uid, gid, true);

async function utimesCall(path: unknown, atime: unknown, mtime: unknown, follow: boolean): Promise<void> {
  const file = getValidatedPath(path);
  const a = toUnixTimestamp(atime, 'atime') * 1000;
  const m = toUnixTimestamp(mtime, 'mtime') * 1000;
  await preq(Sys.utimes, [file, a, m, follow], follow ? 'utime' : 'lutime', file);
}

export const utimes = (path: unknown, atime: unknown, mtime: unknown): Promise<void> => utimesCall(path, atime, mtime, true);
export const lutimes = (path: unknown, atime: unknown, mtime: unknown): Promise<void> => utimesCall(path, atime, mtime, false);

export async function realpath(path: unknown, opts?: unknown): Promise<string | Buffer> {
  const o = options(opts, {});
  const file = getValidatedPath(path);
  return encodeName((await preq(Sys.realpath, [file], 'realpath', file)) as string, o.encoding);
}

export async function mkdtemp(prefix: unknown, opts?: unknown): Promise<string | Buffer> {
  const o = options(opts, {});
  const p = getValidatedPath(prefix, 'prefix');
  return encodeName((await preq(Sys.mkdtemp, [p], 'mkdtemp', p + 'XXXXXX')) as string, o.encoding);
}

async function writeWhole(path: unknown, data: unknown, opts: unknown, flag: string): Promise<void> {
  const o = options(opts, { encoding: 'utf8' as BufferEncoding | null, mode: 0o666 as unknown, flag: flag as string | number, signal: undefined as AbortSignal | undefined });
  const handle = fdOf(path);
  const isBytes = typeof data === 'string' || ArrayBuffer.isView(data);
  if (handle !== null) {
    checkAbort(o.signal);
    return writeData(handle, data, o.encoding as BufferEncoding, o.signal);
  }
  const file: string | number = getValidatedPath(path);
  const flags = stringToFlags(o.flag);
  const mode = parseFileMode(o.mode, 'mode', 0o666);
  if (!isBytes && (data == null || (typeof (data as Iterable<unknown>)[Symbol.iterator] !== 'function' &&
      typeof (data as AsyncIterable<unknown>)[Symbol.asyncIterator] !== 'function'))) {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  checkAbort(o.signal);
  if (isBytes) {
    const bytes = bytesOf(data, o.encoding as BufferEncoding);
    if (bytes.byteLength <= MAX_IO_CHUNK) {
      await preq(Sys.writeFile, [file, bytes, flags, mode], typeof file === 'string' ? 'open' : 'write', typeof file === 'string' ? file : undefined);
      checkAbort(o.signal);
      return;
    }
  }
  if (typeof file === 'number') return writeData(file, data, o.encoding as BufferEncoding, o.signal);
  const fd = (await preq(Sys.open, [file, flags, mode], 'open', file)) as number;
  try {
    await writeData(fd, data, o.encoding as BufferEncoding, o.signal);
  } finally {
    await preq(Sys.close, [fd], 'close');
  }
}

export const writeFile = (path: unknown, data: unknown, opts?: unknown): Promise<void> => writeWhole(path, data, opts, 'w');
export const appendFile = (path: unknown, data: unknown, opts?: unknown): Promise<void> => writeWhole(path, data, opts, 'a');

export async function readFile(path: unknown, opts?: unknown): Promise<string | Buffer> {
  const o = options(opts, { flag: 'r' as string | number, signal: undefined as AbortSignal | undefined });
  const handle = fdOf(path);
  checkAbort(o.signal);
  if (handle !== null) return encode(await readAll(handle, o.signal), o.encoding);
  const file: string | number = getValidatedPath(path);
  const flags = stringToFlags(o.flag);
  let bytes: Uint8Array;
  try {
    bytes = (await preq(Sys.readFile, [file, flags], 'open', typeof file === 'string' ? file : undefined)) as Uint8Array;
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'EISDIR') throw uvException(21, 'read');
    if (code !== 'EFBIG') throw err;
    const fd = typeof file === 'number' ? file : (await preq(Sys.open, [file, flags, 0o666], 'open', file)) as number;
    try {
      bytes = await readAll(fd, o.signal);
    } finally {
      if (typeof file !== 'number') await preq(Sys.close, [fd], 'close');
    }
  }
  checkAbort(o.signal);
  return encode(bytes, o.encoding);
}

export const watch = watchPromise;

const promises = {
  access, copyFile, cp, open, opendir, rename, truncate, rm, rmdir, mkdir, readdir, readlink, symlink, lstat, stat,
  statfs, link, unlink, chmod, lchmod, lchown, chown, utimes, lutimes, realpath, mkdtemp, writeFile, appendFile,
  readFile, watch, constants,
};

export { constants };
export default promises;
