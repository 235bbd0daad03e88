// node layer: the `fs` module — every call in its sync and callback forms: arguments validated in
// Node's order, then (nearly always) one binding call, errnos turned into Node's errors.
import { markStreamLoaded } from './internal/streams/load_order.js';
import { Buffer } from './buffer.js';
import * as binding from './binding/fs.js';
import { Sys } from '../abi/syscalls.js';
import type { Value } from '../abi/channel.js';
import { MAX_IO_CHUNK } from '../abi/channel.js';
import { nodeError, AbortError } from './internal/errors.js';
import { validateBoolean, validateFunction, validateInteger, validateInt32, validateObject, validateUint32, validateBuffer } from './internal/validators.js';
import { queueIo, queueTick } from './internal/loop.js';
import {
  constants, stringToFlags, parseFlags, parseFileMode, getValidatedPath, getValidatedFd, getOptions, makeCallback,
  toUnixTimestamp, getStatsFromBinding, Stats, BigIntStats, StatFs, Dirent, direntTypeFromDT, systemError, validateRmOptions,
} from './internal/fs/utils.js';
import { preq, req, settle } from './internal/fs/req.js';
import { uvException, type SystemError } from './binding/uv.js';
import { Dir, opendir, opendirSync } from './internal/fs/dir.js';
import { ReadStream, WriteStream, setStreamFs } from './internal/fs/streams.js';
import { watch, watchFile, unwatchFile, FSWatcher, StatWatcher } from './internal/fs/watchers.js';
import { cpAsync, cpSyncImpl } from './internal/fs/cp.js';
import * as promisesModule from './internal/fs/promises.js';
import { getProcess } from './process.js';

export { constants, stringToFlags, Stats, BigIntStats, Dirent, Dir, opendir, opendirSync, ReadStream, WriteStream };
export { watch, watchFile, unwatchFile, FSWatcher, StatWatcher };
export const { F_OK, R_OK, W_OK, X_OK } = constants;

type Callback = (err: Error | null, ...values: unknown[]) => void;
const { call } = binding;

// ---- helpers -------------------------------------------------------------------------------

function pathOrFd(path: unknown): string | number {
  return typeof path === 'number' ? getValidatedFd(path) : getValidatedPath(path);
}

/** Bytes of `data` for the write calls: strings in `encoding`, any ArrayBufferView as is. */
function dataBytes(data: unknown, encoding: BufferEncoding | null | undefined): Uint8Array {
  if (typeof data === 'string') return Buffer.from(data, encoding ?? 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw nodeError('ERR_INVALID_ARG_TYPE', 'data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function encode(bytes: Uint8Array, encoding: unknown): string | Buffer {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return encoding && encoding !== 'buffer' ? buffer.toString(encoding as BufferEncoding) : buffer;
}

function encodeName(name: string, encoding: unknown): string | Buffer {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return name;
  const buffer = Buffer.from(name);
  return encoding === 'buffer' ? buffer : buffer.toString(encoding as BufferEncoding);
}

function optionsObject(options: unknown): Record<string, unknown> {
  if (options == null) return {};
  if (typeof options !== 'object') throw nodeError('ERR_INVALID_ARG_TYPE', 'options', ['string', 'object'], options);
  return options as Record<string, unknown>;
}

function validOptions<T extends object>(options: unknown, defaults: T): T & { encoding?: BufferEncoding | 'buffer' | null } {
  if (options != null && typeof options !== 'string' && typeof options !== 'object' && typeof options !== 'function') {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'options', ['string', 'object'], options);
  }
  return getOptions(options, defaults);
}

/** Splits `(…, options?, callback)` argument lists. */
function splitCallback(rest: unknown[]): [unknown, Callback] {
  const cb = rest[rest.length - 1];
  const options = rest.length > 1 ? rest[0] : undefined;
  return [typeof cb === 'function' ? options : (rest.length > 0 ? rest[0] : undefined), makeCallback<Callback>(cb)];
}

function asVoid(callback: Callback): (err: SystemError | null) => void {
  return (err) => callback(err);
}

function aborted(signal: AbortSignal | undefined): AbortError | null {
  return signal?.aborted ? new AbortError(undefined, { cause: signal.reason }) : null;
}

// ---- whole files ----------------------------------------------------------------------------

function readWholeSync(target: string | number, flag: number): Uint8Array {
  const whole = binding.readFileSync(target, flag);
  if (whole !== null) return whole;
  const fd = typeof target === 'number' ? target : binding.openSync(target, flag, 0o666);
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = binding.readSync(fd, MAX_IO_CHUNK, null);
      if (chunk.byteLength === 0) break;
      chunks.push(chunk);
      total += chunk.byteLength;
      if (total > 0x7fffffff) throw nodeError('ERR_FS_FILE_TOO_LARGE', total);
    }
    return Buffer.concat(chunks);
  } finally {
    if (typeof target !== 'number') binding.closeSync(fd);
  }
}

export function readFileSync(path: unknown, options?: unknown): string | Buffer {
  const opts = validOptions(options, { flag: 'r' as string | number });
  const target = pathOrFd(path);
  return encode(readWholeSync(target, stringToFlags(opts.flag)), opts.encoding);
}

async function readWholeAsync(target: string | number, flag: number, signal: AbortSignal | undefined): Promise<Uint8Array> {
  const fd = typeof target === 'number' ? target : (await preq(Sys.open, [target, flag, 0o666], 'open', target)) as number;
  try {
    const chunks: Uint8Array[] = [];
    for (;;) {
      const err = aborted(signal);
      if (err) throw err;
      const chunk = (await preq(Sys.read, [fd, MAX_IO_CHUNK, null], 'read')) as Uint8Array;
      if (chunk.byteLength === 0) break;
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  } finally {
    if (typeof target !== 'number') await preq(Sys.close, [fd], 'close');
  }
}

export function readFile(path: unknown, ...rest: unknown[]): void {
  const [options, callback] = splitCallback(rest);
  const opts = validOptions(options, { flag: 'r' as string | number, signal: undefined as AbortSignal | undefined });
  const target = pathOrFd(path);
  const flag = stringToFlags(opts.flag);
  const signal = opts.signal;
  if (signal?.aborted) {
    queueTick(callback, [aborted(signal)]);
    return;
  }
  req(Sys.readFile, [target, flag], 'open', typeof target === 'string' ? target : undefined, undefined, (err, value) => {
    const abort = aborted(signal);
    if (abort) return callback(abort);
    if (err && err.code === 'EFBIG') {
      settle(readWholeAsync(target, flag, signal), (e, bytes) => (e ? callback(e) : callback(null, encode(bytes!, opts.encoding))));
      return;
    }
    if (err) {
      if (err.code === 'EISDIR') return callback(uvException(21, 'read'));
      return callback(err);
    }
    callback(null, encode(value as Uint8Array, opts.encoding));
  });
}

function writeAllSync(target: string | number, bytes: Uint8Array, flag: number, mode: number): void {
  if (bytes.byteLength <= MAX_IO_CHUNK) {
    binding.writeFileSync(target, bytes, flag, mode);
    return;
  }
  const fd = typeof target === 'number' ? target : binding.openSync(target, flag, mode);
  try {
    for (let at = 0; at < bytes.byteLength;) {
      at += binding.writeSync(fd, bytes.subarray(at, at + MAX_IO_CHUNK), null);
    }
  } finally {
    if (typeof target !== 'number') binding.closeSync(fd);
  }
}

function writeOptions(options: unknown, flag: string) {
  const opts = validOptions(options, { encoding: 'utf8' as BufferEncoding | null, mode: 0o666 as unknown, flag: flag as string | number, signal: undefined as AbortSignal | undefined, flush: false });
  return { ...opts, mode: parseFileMode(opts.mode, 'mode', 0o666), flagNum: stringToFlags(opts.flag) };
}

export function writeFileSync(path: unknown, data: unknown, options?: unknown): void {
  const opts = writeOptions(options, 'w');
  const bytes = dataBytes(data, opts.encoding as BufferEncoding);
  writeAllSync(pathOrFd(path), bytes, opts.flagNum, opts.mode);
}

export function appendFileSync(path: unknown, data: unknown, options?: unknown): void {
  const opts = writeOptions(options, 'a');
  const bytes = dataBytes(data, opts.encoding as BufferEncoding);
  writeAllSync(pathOrFd(path), bytes, opts.flagNum, opts.mode);
}

function writeWhole(path: unknown, data: unknown, rest: unknown[], flag: string): void {
  const [options, callback] = splitCallback(rest);
  const opts = writeOptions(options, flag);
  const bytes = dataBytes(data, opts.encoding as BufferEncoding);
  const target = pathOrFd(path);
  const abort = aborted(opts.signal);
  if (abort) {
    queueTick(callback, [abort]);
    return;
  }
  if (bytes.byteLength > MAX_IO_CHUNK) {
    settle(promisesModule.writeFile(target, bytes, { mode: opts.mode, flag: opts.flagNum, signal: opts.signal }), callback, true);
    return;
  }
  req(Sys.writeFile, [target, bytes, opts.flagNum, opts.mode], typeof target === 'string' ? 'open' : 'write',
    typeof target === 'string' ? target : undefined, undefined, (err) => callback(aborted(opts.signal) ?? err));
}

export function writeFile(path: unknown, data: unknown, ...rest: unknown[]): void {
  writeWhole(path, data, rest, 'w');
}

export function appendFile(path: unknown, data: unknown, ...rest: unknown[]): void {
  writeWhole(path, data, rest, 'a');
}

// ---- descriptors ----------------------------------------------------------------------------

export function openSync(path: unknown, flags?: unknown, mode?: unknown): number {
  const file = getValidatedPath(path);
  return binding.openSync(file, parseFlags(flags), parseFileMode(mode, 'mode', 0o666));
}

export function open(path: unknown, flags?: unknown, mode?: unknown, callback?: unknown): void {
  const file = getValidatedPath(path);
  if (typeof flags === 'function') {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  }
  const flagNum = parseFlags(flags);
  const modeNum = parseFileMode(mode, 'mode', 0o666);
  const cb = makeCallback<Callback>(callback);
  req(Sys.open, [file, flagNum, modeNum], 'open', file, undefined, (err, fd) => (err ? cb(err) : cb(null, fd)));
}

export function closeSync(fd: unknown): void {
  binding.closeSync(getValidatedFd(fd));
}

export function close(fd: unknown, callback: unknown = defaultCloseCallback): void {
  const num = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) validateFunction(callback, 'cb');
  req(Sys.close, [num], 'close', undefined, undefined, asVoid(callback as Callback));
}

function defaultCloseCallback(err: Error | null): void {
  if (err != null) throw err;
}

function validatePosition(position: unknown): number | null {
  if (position == null || position === -1 || position === -1n) return null;
  if (typeof position === 'bigint') {
    if (position < 0n || position > 2n ** 63n - 1n) {
      throw nodeError('ERR_OUT_OF_RANGE', 'position', `>= -1 && <= ${2n ** 63n - 1n}`, position);
    }
    return Number(position);
  }
  if (typeof position !== 'number') throw nodeError('ERR_INVALID_ARG_TYPE', 'position', ['integer', 'bigint'], position);
  validateInteger(position, 'position', -1);
  return position < 0 ? null : position;
}

interface ReadArgs { buffer: ArrayBufferView; offset: number; length: number; position: number | null }

function readArgs(buffer: unknown, offsetOrOptions: unknown, length: unknown, position: unknown): ReadArgs {
  let offset = offsetOrOptions;
  if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
    ({ offset = 0, length = (buffer as ArrayBufferView).byteLength - (offset as number), position = null } = offsetOrOptions as Record<string, unknown>);
  }
  validateBuffer(buffer);
  const view = buffer as ArrayBufferView;
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  if (length === undefined) length = view.byteLength - (offset as number);
  validateInteger(length, 'length', 0);
  if (view.byteLength === 0) throw nodeError('ERR_INVALID_ARG_VALUE', 'buffer', buffer, 'is empty and cannot be written');
  if ((length as number) > view.byteLength - (offset as number)) {
    throw nodeError('ERR_OUT_OF_RANGE', 'length', `<= ${view.byteLength - (offset as number)}`, length);
  }
  return { buffer: view, offset: offset as number, length: length as number, position: validatePosition(position) };
}

function copyInto(bytes: Uint8Array, a: ReadArgs): number {
  new Uint8Array(a.buffer.buffer, a.buffer.byteOffset + a.offset, bytes.byteLength).set(bytes);
  return bytes.byteLength;
}

export function readSync(fd: unknown, buffer: unknown, offset?: unknown, length?: unknown, position?: unknown): number {
  const num = getValidatedFd(fd);
  const a = readArgs(buffer, offset, length, position);
  if (a.length === 0) return 0;
  const target = new Uint8Array(a.buffer.buffer, a.buffer.byteOffset + a.offset, a.length);
  if (a.length <= MAX_IO_CHUNK) return binding.readIntoSync(num, target, a.position);
  // The channel carries at most MAX_IO_CHUNK per call: read pieces until the length is met or one
  // comes back short, as one read of a file would.
  let total = 0;
  while (total < a.length) {
    const want = a.length - total < MAX_IO_CHUNK ? a.length - total : MAX_IO_CHUNK;
    const n = binding.readIntoSync(num, target.subarray(total, total + want), a.position === null ? null : a.position + total);
    total += n;
    if (n < want) break;
  }
  return total;
}

export function read(fd: unknown, ...rest: unknown[]): void {
  const num = getValidatedFd(fd);
  const callback = makeCallback<Callback>(rest[rest.length - 1]);
  const args = rest.slice(0, -1);
  let buffer = args[0];
  let options: unknown = args[1];
  if (args.length === 0 || (args.length === 1 && !ArrayBuffer.isView(buffer))) {
    const o = (buffer ?? {}) as Record<string, unknown>;
    buffer = o.buffer ?? Buffer.alloc(16384);
    options = { offset: o.offset ?? 0, length: o.length, position: o.position ?? null };
  }
  const a = args.length >= 3 ? readArgs(buffer, args[1], args[2], args[3]) : readArgs(buffer, options ?? {}, undefined, undefined);
  if (a.length === 0) {
    queueTick(callback, [null, 0, a.buffer]);
    return;
  }
  req(Sys.read, [num, a.length, a.position], 'read', undefined, undefined, (err, bytes) => {
    if (err) return callback(err);
    callback(null, copyInto(bytes as Uint8Array, a), a.buffer);
  });
}

function validateBuffers(buffers: unknown): ArrayBufferView[] {
  if (!Array.isArray(buffers) || !buffers.every((b) => ArrayBuffer.isView(b))) {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'buffers', 'ArrayBufferView[]', buffers);
  }
  return buffers;
}

function scatter(bytes: Uint8Array, buffers: ArrayBufferView[]): number {
  let at = 0;
  for (const b of buffers) {
    if (at >= bytes.byteLength) break;
    const n = Math.min(b.byteLength, bytes.byteLength - at);
    new Uint8Array(b.buffer, b.byteOffset, n).set(bytes.subarray(at, at + n));
    at += n;
  }
  return bytes.byteLength;
}

const totalLength = (buffers: ArrayBufferView[]): number => buffers.reduce((n, b) => n + b.byteLength, 0);

export function readvSync(fd: unknown, buffers: unknown, position?: unknown): number {
  const num = getValidatedFd(fd);
  const list = validateBuffers(buffers);
  const pos = typeof position === 'number' ? position : null;
  return scatter(binding.readSync(num, totalLength(list), pos), list);
}

export function readv(fd: unknown, buffers: unknown, position: unknown, callback?: unknown): void {
  const num = getValidatedFd(fd);
  const list = validateBuffers(buffers);
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  const cb = makeCallback<Callback>(callback);
  const pos = typeof position === 'number' ? position : null;
  req(Sys.read, [num, totalLength(list), pos], 'read', undefined, undefined, (err, bytes) => {
    if (err) return cb(err);
    cb(null, scatter(bytes as Uint8Array, list), list);
  });
}

interface WriteArgs { bytes: Uint8Array; position: number | null }

function writeArgs(buffer: unknown, offsetOrOptions: unknown, length: unknown, position: unknown, stringForm: boolean): WriteArgs {
  if (typeof buffer === 'string') {
    const encoding = (typeof length === 'string' ? length : 'utf8') as BufferEncoding;
    const pos = typeof offsetOrOptions === 'number' ? offsetOrOptions : null;
    return { bytes: Buffer.from(buffer, encoding), position: pos };
  }
  void stringForm;
  if (!ArrayBuffer.isView(buffer)) {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  let offset = offsetOrOptions;
  if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
    ({ offset = 0, length = buffer.byteLength - (offset as number), position = null } = offsetOrOptions as Record<string, unknown>);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  if ((offset as number) > buffer.byteLength) throw nodeError('ERR_OUT_OF_RANGE', 'offset', `<= ${buffer.byteLength}`, offset);
  if (typeof length !== 'number') length = buffer.byteLength - (offset as number);
  validateInteger(length, 'length', 0);
  if ((length as number) > buffer.byteLength - (offset as number)) {
    throw nodeError('ERR_OUT_OF_RANGE', 'length', `<= ${buffer.byteLength - (offset as number)}`, length);
  }
  const pos = typeof position === 'number' && position >= 0 ? position : typeof position === 'bigint' ? Number(position) : null;
  return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset + (offset as number), length as number), position: pos };
}

export function writeSync(fd: unknown, buffer: unknown, offset?: unknown, length?: unknown, position?: unknown): number {
  const num = getValidatedFd(fd);
  const a = writeArgs(buffer, offset, length, position, true);
  return writeSyncPieces(num, a.bytes, a.position);
}

/** A blocking write of any size: pieces the channel can carry, until one is written short. */
function writeSyncPieces(fd: number, bytes: Uint8Array, position: number | null): number {
  if (bytes.byteLength <= MAX_IO_CHUNK) return binding.writeSync(fd, bytes, position);
  let total = 0;
  while (total < bytes.byteLength) {
    const end = total + MAX_IO_CHUNK < bytes.byteLength ? total + MAX_IO_CHUNK : bytes.byteLength;
    const written = binding.writeSync(fd, bytes.subarray(total, end), position === null ? null : position + total);
    const wanted = end - total;
    total += written;
    if (written < wanted) break;
  }
  return total;
}

export function write(fd: unknown, buffer: unknown, ...rest: unknown[]): void {
  const num = getValidatedFd(fd);
  // Node finds the callback by position: after the string form's position and encoding, or
  // after whichever of offset, length, position the buffer form was given.
  const cb = typeof buffer === 'string'
    ? (typeof rest[2] === 'function' ? rest[2] : typeof rest[0] === 'function' ? rest[0] : rest[1])
    : rest[3] || rest[2] || rest[1] || rest[0];
  const callback = makeCallback<Callback>(cb);
  const args = rest.map((v) => (typeof v === 'function' ? undefined : v));
  const a = writeArgs(buffer, args[0], args[1], args[2], true);
  req(Sys.write, [num, a.bytes, a.position], 'write', undefined, undefined, (err, n) => {
    if (err) return callback(err);
    callback(null, n, buffer);
  });
}

function gather(list: ArrayBufferView[]): Uint8Array {
  if (list.length === 1) return new Uint8Array(list[0].buffer, list[0].byteOffset, list[0].byteLength);
  return Buffer.concat(list.map((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength)));
}

export function writevSync(fd: unknown, buffers: unknown, position?: unknown): number {
  const num = getValidatedFd(fd);
  const list = validateBuffers(buffers);
  if (list.length === 0) return 0;
  return writeSyncPieces(num, gather(list), typeof position === 'number' ? position : null);
}

export function writev(fd: unknown, buffers: unknown, position: unknown, callback?: unknown): void {
  const num = getValidatedFd(fd);
  const list = validateBuffers(buffers);
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  const cb = makeCallback<Callback>(callback);
  req(Sys.write, [num, gather(list), typeof position === 'number' ? position : null], 'write', undefined, undefined,
    (err, n) => (err ? cb(err) : cb(null, n, list)));
}

/** One syscall that takes an fd and answers nothing; sync and callback forms. */
function fdCall(sys: number, syscall: string) {
  return [
    (fd: unknown, ...args: Value[]): void => void call(sys, [getValidatedFd(fd), ...args], syscall),
    (fd: unknown, args: Value[], callback: unknown): void => {
      const num = getValidatedFd(fd);
      const cb = makeCallback<Callback>(callback);
      req(sys, [num, ...args], syscall, undefined, undefined, asVoid(cb));
    },
  ] as const;
}

const [fsyncS, fsyncA] = fdCall(Sys.fsync, 'fsync');
const [fdatasyncS, fdatasyncA] = fdCall(Sys.fsync, 'fdatasync');
const [ftruncateS, ftruncateA] = fdCall(Sys.ftruncate, 'ftruncate');
const [fchmodS, fchmodA] = fdCall(Sys.fchmod, 'fchmod');
const [fchownS, fchownA] = fdCall(Sys.fchown, 'fchown');
const [futimesS, futimesA] = fdCall(Sys.futimes, 'futime');

export const fsyncSync = (fd: unknown): void => fsyncS(fd);
export const fsync = (fd: unknown, callback: unknown): void => fsyncA(fd, [], callback);
export const fdatasyncSync = (fd: unknown): void => fdatasyncS(fd);
export const fdatasync = (fd: unknown, callback: unknown): void => fdatasyncA(fd, [], callback);

function truncateLength(len: unknown): number {
  if (len === undefined || len === null) return 0;
  validateInteger(len, 'len');
  return Math.max(0, len);
}

export function ftruncateSync(fd: unknown, len?: unknown): void {
  ftruncateS(fd, truncateLength(len));
}

export function ftruncate(fd: unknown, len: unknown, callback?: unknown): void {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  ftruncateA(fd, [truncateLength(len)], callback);
}

export function fchmodSync(fd: unknown, mode: unknown): void {
  getValidatedFd(fd);
  fchmodS(fd, parseFileMode(mode, 'mode'));
}

export function fchmod(fd: unknown, mode: unknown, callback: unknown): void {
  getValidatedFd(fd);
  fchmodA(fd, [parseFileMode(mode, 'mode')], callback);
}

function validateIds(uid: unknown, gid: unknown): void {
  validateInteger(uid, 'uid', -1, 4294967295);
  validateInteger(gid, 'gid', -1, 4294967295);
}

export function fchownSync(fd: unknown, uid: unknown, gid: unknown): void {
  getValidatedFd(fd);
  validateIds(uid, gid);
  fchownS(fd, uid as number, gid as number);
}

export function fchown(fd: unknown, uid: unknown, gid: unknown, callback: unknown): void {
  getValidatedFd(fd);
  validateIds(uid, gid);
  fchownA(fd, [uid as number, gid as number], callback);
}

export function futimesSync(fd: unknown, atime: unknown, mtime: unknown): void {
  getValidatedFd(fd);
  futimesS(fd, toUnixTimestamp(atime) * 1000, toUnixTimestamp(mtime) * 1000);
}

export function futimes(fd: unknown, atime: unknown, mtime: unknown, callback: unknown): void {
  getValidatedFd(fd);
  futimesA(fd, [toUnixTimestamp(atime) * 1000, toUnixTimestamp(mtime) * 1000], callback);
}

// ---- metadata -------------------------------------------------------------------------------

function statOptions(options: unknown): { bigint: boolean; throwIfNoEntry: boolean } {
  const o = optionsObject(typeof options === 'function' ? undefined : options);
  return { bigint: o.bigint === true, throwIfNoEntry: o.throwIfNoEntry !== false };
}

export function statSync(path: unknown, options?: unknown): Stats | BigIntStats | undefined {
  const o = statOptions(options);
  const file = getValidatedPath(path);
  if (!o.throwIfNoEntry) {
    const raw = binding.tryStat(file);
    if (raw === 2) return undefined;
    if (typeof raw === 'number') throw uvException(raw, 'stat', file);
    return getStatsFromBinding(raw, o.bigint);
  }
  return getStatsFromBinding(binding.statSync(file), o.bigint);
}

export function lstatSync(path: unknown, options?: unknown): Stats | BigIntStats | undefined {
  const o = statOptions(options);
  const file = getValidatedPath(path);
  if (!o.throwIfNoEntry) {
    const raw = binding.tryStat(file, false);
    if (raw === 2) return undefined;
    if (typeof raw === 'number') throw uvException(raw, 'lstat', file);
    return getStatsFromBinding(raw, o.bigint);
  }
  return getStatsFromBinding(binding.statSync(file, false), o.bigint);
}

export function fstatSync(fd: unknown, options?: unknown): Stats | BigIntStats {
  const o = statOptions(options);
  return getStatsFromBinding(binding.fstatSync(getValidatedFd(fd)), o.bigint);
}

function statAsync(follow: boolean) {
  return (path: unknown, options?: unknown, callback?: unknown): void => {
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    const cb = makeCallback<Callback>(callback);
    const o = statOptions(options);
    const file = getValidatedPath(path);
    req(Sys.stat, [file, follow], follow ? 'stat' : 'lstat', file, undefined, (err, raw) => {
      if (err) return cb(err);
      cb(null, getStatsFromBinding(raw as number[], o.bigint));
    });
  };
}

export const stat = statAsync(true);
export const lstat = statAsync(false);

export function fstat(fd: unknown, options?: unknown, callback?: unknown): void {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  } else if (arguments.length < 3) callback = undefined;
  const cb = makeCallback<Callback>(callback);
  const num = getValidatedFd(fd);
  const o = statOptions(options);
  req(Sys.fstat, [num], 'fstat', undefined, undefined, (err, raw) => (err ? cb(err) : cb(null, getStatsFromBinding(raw as number[], o.bigint))));
}

export function statfsSync(path: unknown, options?: unknown): StatFs {
  const o = optionsObject(options);
  const file = getValidatedPath(path);
  return new StatFs(call(Sys.statfs, [file], 'statfs', file) as Record<string, number>, o.bigint === true);
}

export function statfs(path: unknown, options?: unknown, callback?: unknown): void {
  const cb = makeCallback<Callback>(typeof options === 'function' ? options : callback);
  if (typeof options === 'function') options = undefined;
  const o = optionsObject(options);
  const file = getValidatedPath(path);
  req(Sys.statfs, [file], 'statfs', file, undefined, (err, raw) => (err ? cb(err) : cb(null, new StatFs(raw as Record<string, number>, o.bigint === true))));
}

export function existsSync(path: unknown): boolean {
  let file: string;
  try {
    file = getValidatedPath(path);
  } catch {
    return false;
  }
  return typeof binding.tryStat(file) !== 'number';
}

export function exists(path: unknown, callback: unknown): void {
  const cb = makeCallback<(exists: boolean) => void>(callback);
  let file: string;
  try {
    file = getValidatedPath(path);
  } catch {
    queueTick(cb, [false]);
    return;
  }
  req(Sys.stat, [file, true], 'stat', file, undefined, (err) => cb(!err));
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: (path: unknown) => new Promise((resolve) => exists(path, resolve)),
});

function accessMode(mode: unknown): number {
  if (mode === undefined) return constants.F_OK;
  validateInteger(mode, 'mode');
  if ((mode as number) < 0 || (mode as number) > 7) {
    const err = nodeError('ERR_OUT_OF_RANGE', 'mode', '>= 0 && <= 7', mode);
    err.message = 'mode is out of range: >= 0 && <= 7';
    throw err;
  }
  return mode as number;
}

export function accessSync(path: unknown, mode?: unknown): void {
  const file = getValidatedPath(path);
  call(Sys.access, [file, accessMode(mode)], 'access', file);
}

export function access(path: unknown, mode: unknown, callback?: unknown): void {
  if (typeof mode === 'function') {
    callback = mode;
    mode = undefined;
  }
  const file = getValidatedPath(path);
  const m = accessMode(mode);
  const cb = makeCallback<Callback>(callback);
  req(Sys.access, [file, m], 'access', file, undefined, asVoid(cb));
}

// ---- path calls with one syscall ------------------------------------------------------------

/** A call on one path: sync form, and callback form `(path, ...args, cb)`. */
function pathCall(sys: number, syscall: string, prepare: (path: string, args: unknown[]) => Value[]) {
  return [
    (path: unknown, ...args: unknown[]): void => {
      const file = getValidatedPath(path);
      call(sys, prepare(file, args), syscall, file);
    },
    (path: unknown, args: unknown[], callback: unknown): void => {
      const file = getValidatedPath(path);
      const values = prepare(file, args);
      const cb = makeCallback<Callback>(callback);
      req(sys, values, syscall, file, undefined, asVoid(cb));
    },
  ] as const;
}

const [unlinkS, unlinkA] = pathCall(Sys.unlink, 'unlink', (p) => [p]);
export const unlinkSync = (path: unknown): void => unlinkS(path);
export const unlink = (path: unknown, callback: unknown): void => unlinkA(path, [], callback);

function chmodArgs(p: string, [mode]: unknown[]): Value[] {
  return [p, parseFileMode(mode, 'mode'), true];
}
const [chmodS, chmodA] = pathCall(Sys.chmod, 'chmod', chmodArgs);
export const chmodSync = (path: unknown, mode: unknown): void => chmodS(path, mode);
export const chmod = (path: unknown, mode: unknown, callback: unknown): void => chmodA(path, [mode], callback);

function chownArgs(follow: boolean) {
  return (p: string, [uid, gid]: unknown[]): Value[] => {
    validateIds(uid, gid);
    return [p, uid as number, gid as number, follow];
  };
}
const [chownS, chownA] = pathCall(Sys.chown, 'chown', chownArgs(true));
const [lchownS, lchownA] = pathCall(Sys.chown, 'lchown', chownArgs(false));
export const chownSync = (path: unknown, uid: unknown, gid: unknown): void => chownS(path, uid, gid);
export const chown = (path: unknown, uid: unknown, gid: unknown, callback: unknown): void => chownA(path, [uid, gid], callback);
export const lchownSync = (path: unknown, uid: unknown, gid: unknown): void => lchownS(path, uid, gid);
export const lchown = (path: unknown, uid: unknown, gid: unknown, callback: unknown): void => lchownA(path, [uid, gid], callback);

function utimesArgs(follow: boolean) {
  return (p: string, [atime, mtime]: unknown[]): Value[] =>
    [p, toUnixTimestamp(atime) * 1000, toUnixTimestamp(mtime) * 1000, follow];
}
const [utimesS, utimesA] = pathCall(Sys.utimes, 'utime', utimesArgs(true));
const [lutimesS, lutimesA] = pathCall(Sys.utimes, 'lutime', utimesArgs(false));
export const utimesSync = (path: unknown, atime: unknown, mtime: unknown): void => utimesS(path, atime, mtime);
export const utimes = (path: unknown, atime: unknown, mtime: unknown, callback: unknown): void => utimesA(path, [atime, mtime], callback);
export const lutimesSync = (path: unknown, atime: unknown, mtime: unknown): void => lutimesS(path, atime, mtime);
export const lutimes = (path: unknown, atime: unknown, mtime: unknown, callback: unknown): void => lutimesA(path, [atime, mtime], callback);

function rmdirOptions(options: unknown): boolean {
  if (options === undefined) return false;
  validateObject(options, 'options');
  const recursive = (options as Record<string, unknown>).recursive;
  if (recursive !== undefined) validateBoolean(recursive, 'options.recursive');
  return recursive === true;
}

let warnedRmdir = false;

function warnRecursiveRmdir(): void {
  if (warnedRmdir) return;
  warnedRmdir = true;
  getProcess().emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. Use fs.rm(path, { recursive: true }) instead',
    'DeprecationWarning', 'DEP0147');
}

export function rmdirSync(path: unknown, options?: unknown): void {
  const file = getValidatedPath(path);
  if (rmdirOptions(options)) {
    warnRecursiveRmdir();
    call(Sys.rmtree, [file], 'rmdir', file);
    return;
  }
  call(Sys.rmdir, [file], 'rmdir', file);
}

export function rmdir(path: unknown, options?: unknown, callback?: unknown): void {
  const cb = makeCallback<Callback>(typeof options === 'function' ? options : callback);
  if (typeof options === 'function') options = undefined;
  const file = getValidatedPath(path);
  const recursive = rmdirOptions(options);
  if (recursive) warnRecursiveRmdir();
  req(recursive ? Sys.rmtree : Sys.rmdir, [file], 'rmdir', file, undefined, asVoid(cb));
}

/** Two-path calls: errors name both, as `'from' -> 'to'`. */
function twoPaths(sys: number, syscall: string, first: string, second: string) {
  return [
    (a: unknown, b: unknown): void => {
      const x = getValidatedPath(a, first);
      const y = getValidatedPath(b, second);
      call(sys, [x, y], syscall, x, y);
    },
    (a: unknown, b: unknown, callback: unknown): void => {
      const x = getValidatedPath(a, first);
      const y = getValidatedPath(b, second);
      const cb = makeCallback<Callback>(callback);
      req(sys, [x, y], syscall, x, y, asVoid(cb));
    },
  ] as const;
}

const [renameS, renameA] = twoPaths(Sys.rename, 'rename', 'oldPath', 'newPath');
const [linkS, linkA] = twoPaths(Sys.link, 'link', 'existingPath', 'newPath');
export const renameSync = renameS;
export const rename = renameA;
export const linkSync = linkS;
export const link = linkA;

function symlinkType(type: unknown): void {
  if (type != null && type !== 'dir' && type !== 'file' && type !== 'junction') {
    const err = new Error(`Symlink type must be one of "dir", "file", or "junction". Received "${String(type)}"`);
    Object.defineProperty(err, 'code', { value: 'ERR_FS_INVALID_SYMLINK_TYPE', enumerable: true, writable: true, configurable: true });
    throw err;
  }
}

export function symlinkSync(target: unknown, path: unknown, type?: unknown): void {
  symlinkType(type);
  const t = getValidatedPath(target, 'target');
  const p = getValidatedPath(path);
  call(Sys.symlink, [t, p], 'symlink', t, p);
}

export function symlink(target: unknown, path: unknown, type?: unknown, callback?: unknown): void {
  const cb = makeCallback<Callback>(arguments[arguments.length - 1]);
  if (typeof type === 'function') type = undefined;
  symlinkType(type);
  const t = getValidatedPath(target, 'target');
  const p = getValidatedPath(path);
  req(Sys.symlink, [t, p], 'symlink', t, p, asVoid(cb));
}

export function readlinkSync(path: unknown, options?: unknown): string | Buffer {
  const o = validOptions(options, {});
  const file = getValidatedPath(path, 'oldPath');
  return encodeName(call(Sys.readlink, [file], 'readlink', file) as string, o.encoding);
}

export function readlink(path: unknown, options?: unknown, callback?: unknown): void {
  const cb = makeCallback<Callback>(typeof options === 'function' ? options : callback);
  if (typeof options === 'function') options = undefined;
  const o = validOptions(options, {});
  const file = getValidatedPath(path, 'oldPath');
  req(Sys.readlink, [file], 'readlink', file, undefined, (err, v) => (err ? cb(err) : cb(null, encodeName(v as string, o.encoding))));
}

/**
 * Node's JavaScript realpath reports a failure as the lstat of the first component that failed,
 * by absolute path; find it only on the error path.
 */
function realpathError(err: SystemError, file: string): SystemError {
  const cwd = (globalThis as unknown as { process: { cwd(): string } }).process.cwd();
  const absolute = file.startsWith('/') ? file : (cwd === '/' ? '' : cwd) + '/' + file;
  const parts = absolute.split('/');
  let prefix = '';
  for (let i = 1; i < parts.length; i++) {
    if (parts[i] === '') continue;
    prefix += '/' + parts[i];
    const r = binding.tryStat(prefix, true);
    if (typeof r === 'number') {
      if (binding.tryStat(prefix, false) === r || r !== 40) return uvException(r, 'lstat', prefix);
      return uvException(r, 'stat', prefix);
    }
  }
  return err;
}

export function realpathSync(path: unknown, options?: unknown): string | Buffer {
  const o = validOptions(options, {});
  const file = getValidatedPath(path);
  const r = binding.tryCall(Sys.realpath, [file]);
  if (binding.lastErrno !== 0) throw realpathError(uvException(binding.lastErrno, 'realpath', file), file);
  return encodeName(r as string, o.encoding);
}

realpathSync.native = function native(path: unknown, options?: unknown): string | Buffer {
  const o = validOptions(options, {});
  const file = getValidatedPath(path);
  return encodeName(call(Sys.realpath, [file], 'realpath', file) as string, o.encoding);
};

export function realpath(path: unknown, options?: unknown, callback?: unknown): void {
  const cb = makeCallback<Callback>(typeof options === 'function' ? options : callback);
  if (typeof options === 'function') options = undefined;
  const o = validOptions(options, {});
  const file = getValidatedPath(path);
  req(Sys.realpath, [file], 'realpath', file, undefined, (err, v) => {
    if (err) return cb(realpathError(err, file));
    cb(null, encodeName(v as string, o.encoding));
  });
}

realpath.native = function native(path: unknown, options?: unknown, callback?: unknown): void {
  const cb = makeCallback<Callback>(typeof options === 'function' ? options : callback);
  if (typeof options === 'function') options = undefined;
  const o = validOptions(options, {});
  const file = getValidatedPath(path);
  req(Sys.realpath, [file], 'realpath', file, undefined, (err, v) => (err ? cb(err) : cb(null, encodeName(v as string, o.encoding))));
};

export function truncateSync(path: unknown, len?: unknown): void {
  if (typeof path === 'number') return ftruncateSync(path, len);
  const file = getValidatedPath(path);
  const length = truncateLength(len);
  call(Sys.truncate, [file, length], 'open', file);
}

export function truncate(path: unknown, len?: unknown, callback?: unknown): void {
  if (typeof path === 'number') return ftruncate(path, len, callback);
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  const file = getValidatedPath(path);
  const length = truncateLength(len);
  const cb = makeCallback<Callback>(callback);
  req(Sys.truncate, [file, length], 'open', file, undefined, asVoid(cb));
}

function copyMode(mode: unknown): number {
  if (mode === undefined || mode === null) return 0;
  validateInteger(mode, 'mode');
  if ((mode as number) < 0 || (mode as number) > 7) {
    const err = nodeError('ERR_OUT_OF_RANGE', 'mode', '>= 0 && <= 7', mode);
    err.message = 'mode is out of range: >= 0 && <= 7';
    throw err;
  }
  return mode as number;
}

export function copyFileSync(src: unknown, dest: unknown, mode?: unknown): void {
  const s = getValidatedPath(src, 'src');
  const d = getValidatedPath(dest, 'dest');
  call(Sys.copyFile, [s, d, copyMode(mode)], 'copyfile', s, d);
}

export function copyFile(src: unknown, dest: unknown, mode?: unknown, callback?: unknown): void {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  const cb = makeCallback<Callback>(callback);
  const s = getValidatedPath(src, 'src');
  const d = getValidatedPath(dest, 'dest');
  const m = copyMode(mode);
  req(Sys.copyFile, [s, d, m], 'copyfile', s, d, asVoid(cb));
}

// ---- directories ----------------------------------------------------------------------------

function mkdirOptions(options: unknown): { recursive: boolean; mode: number } {
  let recursive = false;
  let mode: unknown = 0o777;
  if (typeof options === 'number' || typeof options === 'string') mode = options;
  else if (options != null) {
    const o = optionsObject(options);
    if (o.recursive !== undefined) recursive = o.recursive as boolean;
    if (o.mode !== undefined) mode = o.mode;
  }
  validateBoolean(recursive, 'options.recursive');
  return { recursive, mode: parseFileMode(mode, 'mode', 0o777) };
}

export function mkdirSync(path: unknown, options?: unknown): string | undefined {
  const o = mkdirOptions(options);
  const file = getValidatedPath(path);
  if (o.recursive) return (call(Sys.mkdirp, [file, o.mode], 'mkdir', file) as string | null) ?? undefined;
  call(Sys.mkdir, [file, o.mode], 'mkdir', file);
  return undefined;
}

export function mkdir(path: unknown, options?: unknown, callback?: unknown): void {
  const cb = makeCallback<Callback>(typeof options === 'function' ? options : callback);
  if (typeof options === 'function') options = undefined;
  const o = mkdirOptions(options);
  const file = getValidatedPath(path);
  if (o.recursive) {
    req(Sys.mkdirp, [file, o.mode], 'mkdir', file, undefined, (err, v) => (err ? cb(err) : cb(null, (v as string | null) ?? undefined)));
  } else req(Sys.mkdir, [file, o.mode], 'mkdir', file, undefined, asVoid(cb));
}

export function mkdtempSync(prefix: unknown, options?: unknown): string | Buffer {
  const o = validOptions(options, {});
  const p = getValidatedPath(prefix, 'prefix');
  return encodeName(call(Sys.mkdtemp, [p], 'mkdtemp', p + 'XXXXXX') as string, o.encoding);
}

export function mkdtemp(prefix: unknown, options?: unknown, callback?: unknown): void {
  const cb = makeCallback<Callback>(typeof options === 'function' ? options : callback);
  if (typeof options === 'function') options = undefined;
  const o = validOptions(options, {});
  const p = getValidatedPath(prefix, 'prefix');
  req(Sys.mkdtemp, [p], 'mkdtemp', p + 'XXXXXX', undefined, (err, v) => (err ? cb(err) : cb(null, encodeName(v as string, o.encoding))));
}

interface ReaddirOptions { encoding?: unknown; withFileTypes?: boolean; recursive?: boolean }

function readdirOptions(options: unknown): ReaddirOptions {
  const o = validOptions(options, { encoding: 'utf8' as unknown, withFileTypes: false, recursive: false }) as ReaddirOptions;
  validateBoolean(o.recursive, 'options.recursive');
  return o;
}

function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : dir + '/' + name;
}

/** Turns one directory's [names, types] into what readdir returns for `dir`. */
function entriesOf(dir: string, raw: [string[], number[]], o: ReaddirOptions, prefix: string, out: unknown[]): void {
  const [names, types] = raw;
  for (let i = 0; i < names.length; i++) {
    const name = encodeName(names[i], o.encoding);
    if (o.withFileTypes) out.push(new Dirent(name, direntTypeFromDT(types[i]), dir));
    else out.push(prefix === '' ? name : prefix + names[i]);
  }
}

export function readdirSync(path: unknown, options?: unknown): unknown[] {
  const o = readdirOptions(options);
  const file = getValidatedPath(path);
  const raw = call(Sys.readdir, [file], 'scandir', file) as [string[], number[]];
  if (!o.recursive) {
    if (!o.withFileTypes && !o.encoding) return raw[0];
    if (!o.withFileTypes && (o.encoding === 'utf8' || o.encoding === 'utf-8')) return raw[0];
    const out: unknown[] = [];
    entriesOf(file, raw, o, '', out);
    return out;
  }
  const out: unknown[] = [];
  const queue: [string, string, [string, number[]] | [string[], number[]]][] = [[file, '', raw]];
  while (queue.length > 0) {
    const [dir, prefix, listing] = queue.shift()!;
    const [names, types] = listing as [string[], number[]];
    entriesOf(dir, [names, types], o, prefix, out);
    for (let i = 0; i < names.length; i++) {
      let isDir = types[i] === 4;
      const child = joinPath(dir, names[i]);
      if (types[i] === 0) {
        const st = binding.tryStat(child, false);
        isDir = typeof st !== 'number' && (st[1] & 0o170000) === 0o040000;
      }
      if (isDir) queue.push([child, prefix + names[i] + '/', call(Sys.readdir, [child], 'scandir', child) as [string[], number[]]]);
    }
  }
  return out;
}

export function readdir(path: unknown, options?: unknown, callback?: unknown): void {
  const cb = makeCallback<Callback>(typeof options === 'function' ? options : callback);
  if (typeof options === 'function') options = undefined;
  const o = readdirOptions(options);
  const file = getValidatedPath(path);
  if (o.recursive) {
    settle(promisesModule.readdir(file, o), cb);
    return;
  }
  req(Sys.readdir, [file], 'scandir', file, undefined, (err, raw) => {
    if (err) return cb(err);
    const out: unknown[] = [];
    entriesOf(file, raw as [string[], number[]], o, '', out);
    cb(null, out);
  });
}

// ---- rm, cp ---------------------------------------------------------------------------------

function rmIsDir(file: string, force: boolean, raw: number[] | number): boolean | null {
  if (typeof raw === 'number') {
    if (raw === 2 && force) return null;
    throw uvException(raw, 'lstat', file);
  }
  return (raw[1] & 0o170000) === 0o040000;
}

function eisdirRm(file: string): Error {
  return systemError('ERR_FS_EISDIR', { code: 'EISDIR', message: 'is a directory', path: file, syscall: 'rm', errno: 21 });
}

export function rmSync(path: unknown, options?: unknown): void {
  const file = getValidatedPath(path);
  const o = validateRmOptions(options);
  const isDir = rmIsDir(file, o.force, binding.tryStat(file, false));
  if (isDir === null) return;
  if (isDir && !o.recursive) throw eisdirRm(file);
  binding.tryCall(isDir ? Sys.rmtree : Sys.unlink, [file]);
  if (binding.lastErrno !== 0 && !(o.force && binding.lastErrno === 2)) {
    throw uvException(binding.lastErrno, isDir ? 'rm' : 'unlink', file);
  }
}

export function rm(path: unknown, options?: unknown, callback?: unknown): void {
  const cb = makeCallback<Callback>(typeof options === 'function' ? options : callback);
  if (typeof options === 'function') options = undefined;
  const file = getValidatedPath(path);
  const o = validateRmOptions(options);
  req(Sys.stat, [file, false], 'lstat', file, undefined, (err, raw) => {
    let isDir: boolean | null;
    try {
      isDir = rmIsDir(file, o.force, err ? -err.errno : (raw as number[]));
    } catch (e) {
      return cb(e as Error);
    }
    if (isDir === null) return cb(null);
    if (isDir && !o.recursive) return cb(eisdirRm(file));
    req(isDir ? Sys.rmtree : Sys.unlink, [file], isDir ? 'rm' : 'unlink', file, undefined, (e) => {
      cb(e && !(o.force && e.code === 'ENOENT') ? e : null);
    });
  });
}

export function cpSync(src: unknown, dest: unknown, options?: unknown): void {
  cpSyncImpl(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), options);
}

export function cp(src: unknown, dest: unknown, options?: unknown, callback?: unknown): void {
  const cb = makeCallback<Callback>(typeof options === 'function' ? options : callback);
  if (typeof options === 'function') options = undefined;
  const s = getValidatedPath(src, 'src');
  const d = getValidatedPath(dest, 'dest');
  settle(cpAsync(s, d, options), cb, true);
}

// ---- streams --------------------------------------------------------------------------------

export function createReadStream(path: unknown, options?: unknown): ReadStream {
  markStreamLoaded();
  return new ReadStream(path, options);
}

export function createWriteStream(path: unknown, options?: unknown): WriteStream {
  markStreamLoaded();
  return new WriteStream(path, options);
}

export function openAsBlob(path: unknown, options?: unknown): Promise<Blob> {
  const file = getValidatedPath(path);
  const o = optionsObject(options);
  const bytes = readWholeSync(file, 0);
  return Promise.resolve(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: typeof o.type === 'string' ? o.type : '' }));
}

export function _toUnixTimestamp(time: unknown, name?: string): number {
  return toUnixTimestamp(time, name);
}

export const promises = promisesModule;

setStreamFs({ open, read, write, writev, close, fsync });
void validateInt32; void validateUint32; void queueIo;

const fs = {
  appendFile, appendFileSync, access, accessSync, chown, chownSync, chmod, chmodSync, close, closeSync,
  copyFile, copyFileSync, cp, cpSync, createReadStream, createWriteStream, exists, existsSync, fchown, fchownSync,
  fchmod, fchmodSync, fdatasync, fdatasyncSync, fstat, fstatSync, fsync, fsyncSync, ftruncate, ftruncateSync,
  futimes, futimesSync, lchown, lchownSync, lchmod: undefined, lchmodSync: undefined, link, linkSync, lstat, lstatSync,
  lutimes, lutimesSync, mkdir, mkdirSync, mkdtemp, mkdtempSync, open, openSync, openAsBlob, readdir, readdirSync,
  read, readSync, readv, readvSync, readFile, readFileSync, readlink, readlinkSync, realpath, realpathSync, rename,
  renameSync, rm, rmSync, rmdir, rmdirSync, stat, statfs, statSync, statfsSync, symlink, symlinkSync, truncate,
  truncateSync, unwatchFile, unlink, unlinkSync, utimes, utimesSync, watch, watchFile, writeFile, writeFileSync,
  write, writeSync, writev, writevSync, Dirent, Stats,
  get ReadStream() { return ReadStream; },
  set ReadStream(v) { void v; },
  get WriteStream() { return WriteStream; },
  set WriteStream(v) { void v; },
  get FileReadStream() { return ReadStream; },
  set FileReadStream(v) { void v; },
  get FileWriteStream() { return WriteStream; },
  set FileWriteStream(v) { void v; },
  _toUnixTimestamp, Dir, opendir, opendirSync, F_OK, R_OK, W_OK, X_OK, constants,
  get promises() { return promisesModule.default; },
};

export default fs;
