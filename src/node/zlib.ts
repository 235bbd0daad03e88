// node layer: Node's `zlib` module — deflate/inflate/gzip/gunzip/raw/unzip and brotli as Transform
// streams, their sync, callback and promisifiable forms, crc32 and the constants.
import { Buffer } from './buffer.js';
import { Transform } from './stream.js';
import { nodeError } from './internal/errors.js';
import { queueIo } from './internal/loop.js';
import { getProcess } from './process.js';
import { validateFunction } from './internal/validators.js';
import { codes, constants } from './internal/zlib/constants.js';
import { crc32Bytes } from './internal/zlib/crc32.js';
import {
  DEFLATE, DEFLATERAW, Engine, GUNZIP, GZIP, INFLATE, INFLATERAW, UNZIP,
} from './internal/zlib/engine.js';
import { BrotliEngine, brotliAvailable, brotliParams } from './internal/zlib/brotli.js';

const {
  Z_NO_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_DEFAULT_CHUNK, BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH, BROTLI_OPERATION_EMIT_METADATA,
} = constants;
const kMaxLength = 2 ** 32;

type Options = Record<string, unknown> | undefined | null;
type Result = Buffer | { buffer: Buffer; engine: ZlibBase };
type Callback = (err: Error | null, result?: Result) => void;

function isView(value: unknown): value is ArrayBufferView {
  return ArrayBuffer.isView(value);
}

function toBytes(view: ArrayBufferView): Uint8Array {
  return view instanceof Uint8Array ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

/** A numeric option: NaN or absent means the default; otherwise a number within [min, max]. */
function rangeOption(opts: Options, key: string, min: number, max: number, def: number): number {
  const value = opts?.[key];
  if (value === undefined || (typeof value === 'number' && Number.isNaN(value))) return def;
  if (typeof value !== 'number') throw nodeError('ERR_INVALID_ARG_TYPE', `options.${key}`, 'number', value);
  if (!Number.isFinite(value)) throw nodeError('ERR_OUT_OF_RANGE', `options.${key}`, 'a finite number', value);
  if (value < min || value > max) {
    const range = max === Infinity ? `>= ${min}` : `>= ${min} and <= ${max}`;
    throw nodeError('ERR_OUT_OF_RANGE', `options.${key}`, range, value);
  }
  return value;
}

function dictionaryOption(opts: Options): Uint8Array | undefined {
  const dict = opts?.dictionary;
  if (dict === undefined) return undefined;
  if (isView(dict)) return toBytes(dict);
  if (dict instanceof ArrayBuffer) return new Uint8Array(dict);
  throw nodeError('ERR_INVALID_ARG_TYPE', 'options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dict);
}

/** A compression library stream, deflate's or brotli's. */
interface Codec {
  write(input: Uint8Array, flush: number, chunkSize: number, emit: (out: Uint8Array) => void): Error | null;
  reset(): void;
  close(): void;
  /** Whether the last write stopped with input left because the compressed stream had ended. */
  readonly inputLeft?: boolean;
}

interface Settings {
  engine: Codec;
  chunkSize: number;
  flush: number;
  finishFlush: number;
  fullFlush: number;
  maxOutputLength: number;
  info: boolean;
}

function objectOptions(opts: Options): Options {
  return opts != null && typeof opts !== 'object' ? undefined : opts;
}

function settings(mode: number, opts: Options): Settings {
  opts = objectOptions(opts);
  const chunkSize = rangeOption(opts, 'chunkSize', 64, Infinity, Z_DEFAULT_CHUNK);
  const flush = rangeOption(opts, 'flush', 0, 5, Z_NO_FLUSH);
  const finishFlush = rangeOption(opts, 'finishFlush', 0, 5, Z_FINISH);
  const maxOutputLength = rangeOption(opts, 'maxOutputLength', 1, kMaxLength, kMaxLength);
  const inflating = mode === INFLATE || mode === GUNZIP || mode === INFLATERAW || mode === UNZIP;
  let windowBits: number;
  if (inflating && (opts?.windowBits === 0)) windowBits = 0;
  else windowBits = rangeOption(opts, 'windowBits', mode === GZIP ? 9 : 8, 15, 15);
  const level = rangeOption(opts, 'level', -1, 9, -1);
  const memLevel = rangeOption(opts, 'memLevel', 1, 9, 8);
  const strategy = rangeOption(opts, 'strategy', 0, 4, 0);
  const dictionary = dictionaryOption(opts);
  // zlib takes these as C ints: fractions are truncated.
  const engine = new Engine(mode, {
    level: Math.trunc(level), windowBits: Math.trunc(windowBits), memLevel: Math.trunc(memLevel),
    strategy: Math.trunc(strategy), dictionary,
  });
  return { engine, chunkSize, flush, finishFlush, fullFlush: Z_FULL_FLUSH, maxOutputLength, info: Boolean(opts?.info) };
}

function brotliMissing(what: string): never {
  throw nodeError('ERR_NOT_IMPLEMENTED', `zlib.${what} (brotli)`);
}

/** Brotli reads its parameters and opens the coder before the options every stream shares, as Node does. */
function brotliSettings(mode: number, opts: Options): Settings {
  opts = objectOptions(opts);
  const engine = BrotliEngine.open(mode === BROTLI_ENCODE, brotliParams(opts?.params));
  try {
    return {
      engine,
      chunkSize: rangeOption(opts, 'chunkSize', 64, Infinity, Z_DEFAULT_CHUNK),
      flush: rangeOption(opts, 'flush', 0, BROTLI_OPERATION_EMIT_METADATA, BROTLI_OPERATION_PROCESS),
      finishFlush: rangeOption(opts, 'finishFlush', 0, BROTLI_OPERATION_EMIT_METADATA, BROTLI_OPERATION_FINISH),
      fullFlush: BROTLI_OPERATION_FLUSH,
      maxOutputLength: rangeOption(opts, 'maxOutputLength', 1, kMaxLength, kMaxLength),
      info: Boolean(opts?.info),
    };
  } catch (err) {
    engine.close();
    throw err;
  }
}

function swallowError(): void {}

const kFlushFlag = Symbol('kFlushFlag');
type FlushChunk = Buffer & { [kFlushFlag]?: number };

/** What every zlib stream class shares (Node's ZlibBase). */
export class ZlibBase extends Transform {
  bytesWritten = 0;
  _closed = false;
  readonly _engine: Codec;
  readonly _chunkSize: number;
  readonly _maxOutputLength: number;
  readonly _info: boolean;
  private readonly _defaultFlushFlag: number;
  readonly _finishFlushFlag: number;
  private readonly _defaultFullFlushFlag: number;

  constructor(opts: Options, s: Settings) {
    super({ ...(opts ?? {}), autoDestroy: true });
    this._engine = s.engine;
    this._chunkSize = s.chunkSize;
    this._maxOutputLength = s.maxOutputLength;
    this._info = s.info;
    this._defaultFlushFlag = s.flush;
    this._finishFlushFlag = s.finishFlush;
    this._defaultFullFlushFlag = s.fullFlush;
  }

  get _handle(): object | null {
    return this._closed ? null : this._engine;
  }

  reset(): void {
    // The closed library stream must never be driven again (the host's would abort the thread).
    if (this._closed) throw nodeError('ERR_INTERNAL_ASSERTION', 'zlib binding closed');
    this._engine.reset();
  }

  flush(kind?: number | (() => void), callback?: () => void): void {
    if (typeof kind === 'function' || kind === undefined) {
      callback = kind as (() => void) | undefined;
      kind = this._defaultFullFlushFlag;
    }
    if (this.writableFinished) {
      if (callback) getProcess().nextTick(callback);
      return;
    }
    if (this.writableEnded) {
      if (callback) this.once('end', callback);
      return;
    }
    const chunk = Buffer.alloc(0) as FlushChunk;
    chunk[kFlushFlag] = kind;
    this.write(chunk, callback);
  }

  close(callback?: () => void): void {
    if (callback) this.once('close', callback);
    this.destroy();
  }

  _destroy(err: Error | null, callback: (err: Error | null) => void): void {
    if (!this._closed) {
      this._closed = true;
      this._engine.close();
    }
    callback(err);
  }

  _transform(chunk: Buffer, _encoding: string, callback: (err?: Error | null) => void): void {
    let flag = (chunk as FlushChunk)[kFlushFlag] ?? this._defaultFlushFlag;
    // As in Node, the chunk that end() wrote is compressed with the finishing flush right away.
    if (this.writableEnded && this.writableLength === chunk.byteLength) flag = this._finishFlushFlag;
    this._run(chunk, flag, callback);
  }

  /** The pre-stream way to run one chunk: with a callback like a write, without one at once. */
  _processChunk(chunk: Buffer, flushFlag: number, callback?: (err?: Error | null) => void): Buffer | undefined {
    if (typeof callback === 'function') {
      this._run(chunk, flushFlag, callback);
      return undefined;
    }
    if (this._closed) throw nodeError('ERR_STREAM_DESTROYED', 'write');
    // Node listens for the stream's own error here, so a failure is thrown, not also left uncaught.
    this.on('error', swallowError);
    const result = runChunk(this._engine, chunk, flushFlag, this._chunkSize, this._maxOutputLength);
    this.bytesWritten = chunk.byteLength;
    this._closed = true;
    this._engine.close();
    if (result instanceof Error) {
      // A library failure destroys the stream; too much output only closes it.
      if ((result as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') this.destroy(result);
      throw result;
    }
    return result;
  }

  _flush(callback: (err?: Error | null) => void): void {
    this._run(Buffer.alloc(0), this._finishFlushFlag, callback);
  }

  /**
   * As Node's zlib streams do, finish the writable side at once: Transform then runs _flush on
   * 'prefinish', so 'finish' comes before the last output and 'end'.
   */
  _final(callback: (err?: Error | null) => void): void {
    callback();
  }

  /** zlib works off the main thread in Node, so results arrive as an I/O completion. */
  private _run(chunk: Uint8Array, flag: number, callback: (err?: Error | null) => void): void {
    if (this._closed) {
      callback(nodeError('ERR_STREAM_DESTROYED', 'write'));
      return;
    }
    const outs: Uint8Array[] = [];
    const err = this._engine.write(chunk, flag, this._chunkSize, (out) => outs.push(out));
    this.bytesWritten += chunk.length;
    const inputLeft = this._engine.inputLeft === true;
    queueIo(() => {
      if (this.destroyed) return;
      for (const out of outs) this.push(Buffer.from(out.buffer, out.byteOffset, out.byteLength));
      if (err) {
        this.destroy(err);
        return;
      }
      // The compressed stream ended before its input did: Node ends the output there.
      if (inputLeft) this.push(null);
      callback();
    });
  }
}

/** Node's Zlib, the deflate family's base, which brotli's inherits too. */
export class Zlib extends ZlibBase {
  constructor(mode: number, opts?: Options, prepared?: Settings) {
    super(opts, prepared ?? settings(mode, opts));
  }

  params(_level: number, _strategy: number, _callback?: () => void): never {
    throw nodeError('ERR_NOT_IMPLEMENTED', 'zlib params()');
  }
}

class Brotli extends Zlib {
  constructor(mode: number, opts: Options, name: string) {
    if (!brotliAvailable()) brotliMissing(name);
    super(mode, opts, brotliSettings(mode, opts));
  }
}

export class Deflate extends Zlib { constructor(opts?: Options) { super(DEFLATE, opts); } }
export class Inflate extends Zlib { constructor(opts?: Options) { super(INFLATE, opts); } }
export class Gzip extends Zlib { constructor(opts?: Options) { super(GZIP, opts); } }
export class Gunzip extends Zlib { constructor(opts?: Options) { super(GUNZIP, opts); } }
export class DeflateRaw extends Zlib { constructor(opts?: Options) { super(DEFLATERAW, opts); } }
export class InflateRaw extends Zlib { constructor(opts?: Options) { super(INFLATERAW, opts); } }
export class Unzip extends Zlib { constructor(opts?: Options) { super(UNZIP, opts); } }

export class BrotliCompress extends Brotli {
  constructor(opts?: Options) { super(BROTLI_ENCODE, opts, 'BrotliCompress'); }
}
export class BrotliDecompress extends Brotli {
  constructor(opts?: Options) { super(BROTLI_DECODE, opts, 'BrotliDecompress'); }
}

function inputBytes(buffer: unknown): Uint8Array {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (isView(buffer)) return toBytes(buffer);
  if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
  throw nodeError('ERR_INVALID_ARG_TYPE', 'buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
}

/** Runs one chunk through `engine` to its end; returns the whole output or the error. */
function runChunk(engine: Codec, input: Uint8Array, flush: number, chunkSize: number, maxOutputLength: number): Buffer | Error {
  const outs: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  const err = engine.write(input, flush, chunkSize, (out) => {
    total += out.length;
    if (total > maxOutputLength) tooLarge = true;
    else outs.push(out);
  });
  if (tooLarge) return nodeError('ERR_BUFFER_TOO_LARGE', maxOutputLength);
  if (err) return err;
  if (outs.length === 1) {
    const only = outs[0]!;
    return Buffer.from(only.buffer, only.byteOffset, only.byteLength);
  }
  const result = Buffer.allocUnsafe(total);
  let at = 0;
  for (const out of outs) {
    result.set(out, at);
    at += out.length;
  }
  return result;
}

type Prepare = (opts: Options) => Settings;
type Construct = (opts: Options) => ZlibBase;

/** `info: true` asks for the stream too, so the sync form then runs a real one. */
function syncForm(prepare: Prepare, construct: Construct, check?: () => void) {
  return function zlibSync(buffer: unknown, opts?: Options): Buffer {
    check?.();
    const input = inputBytes(buffer);
    if (objectOptions(opts)?.info) {
      const stream = construct(opts);
      const result = stream._processChunk(Buffer.from(input.buffer, input.byteOffset, input.byteLength), stream._finishFlushFlag)!;
      return { buffer: result, engine: stream } as unknown as Buffer;
    }
    const s = prepare(opts);
    const result = runChunk(s.engine, input, s.finishFlush, s.chunkSize, s.maxOutputLength);
    s.engine.close();
    if (result instanceof Error) throw result;
    return result;
  };
}

/** Node runs the callback forms through a stream too, so their callbacks come after 'end'. */
function callbackForm(construct: Construct, check?: () => void) {
  return function zlibAsync(buffer: unknown, opts: Options | Callback, callback?: Callback): void {
    check?.();
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    const engine = construct(opts as Options);
    validateFunction(callback, 'callback');
    const cb = callback;
    const maxOutputLength = engine._maxOutputLength;
    const outs: Buffer[] = [];
    let total = 0;
    engine.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxOutputLength) {
        engine.destroy(nodeError('ERR_BUFFER_TOO_LARGE', maxOutputLength));
        return;
      }
      outs.push(chunk);
    });
    engine.on('error', (err: Error) => {
      engine.removeAllListeners('end');
      cb(err);
    });
    engine.on('end', () => {
      const result = outs.length === 1 ? outs[0]! : Buffer.concat(outs, total);
      engine.close();
      cb(null, engine._info ? { buffer: result, engine } : result);
    });
    // As in Node, anything but bytes goes to the stream as it is, to be refused there as a chunk.
    engine.end(isView(buffer) || buffer instanceof ArrayBuffer ? inputBytes(buffer) : buffer);
  };
}

function zlibForms(mode: number, Class: new (opts?: Options) => ZlibBase) {
  const construct = (opts: Options): ZlibBase => new Class(opts);
  return { sync: syncForm((opts) => settings(mode, opts), construct), async: callbackForm(construct) };
}

function brotliForms(mode: number, Class: new (opts?: Options) => ZlibBase, name: string) {
  const check = (suffix: string) => () => {
    if (!brotliAvailable()) brotliMissing(name + suffix);
  };
  const construct = (opts: Options): ZlibBase => new Class(opts);
  return {
    sync: syncForm((opts) => brotliSettings(mode, opts), construct, check('Sync')),
    async: callbackForm(construct, check('')),
  };
}

const deflateForms = zlibForms(DEFLATE, Deflate);
const gzipForms = zlibForms(GZIP, Gzip);
const deflateRawForms = zlibForms(DEFLATERAW, DeflateRaw);
const unzipForms = zlibForms(UNZIP, Unzip);
const inflateForms = zlibForms(INFLATE, Inflate);
const gunzipForms = zlibForms(GUNZIP, Gunzip);
const inflateRawForms = zlibForms(INFLATERAW, InflateRaw);
const brotliCompressForms = brotliForms(BROTLI_ENCODE, BrotliCompress, 'brotliCompress');
const brotliDecompressForms = brotliForms(BROTLI_DECODE, BrotliDecompress, 'brotliDecompress');

/** `zlib.crc32(data[, value])`: CRC-32 of a string (as UTF-8) or bytes, continuing from `value`. */
export function crc32(data: unknown, value: unknown = 0): number {
  let bytes: Uint8Array;
  if (typeof data === 'string') bytes = Buffer.from(data);
  else if (isView(data)) bytes = toBytes(data);
  else throw nodeError('ERR_INVALID_ARG_TYPE', 'data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  if (typeof value !== 'number') throw nodeError('ERR_INVALID_ARG_TYPE', 'value', 'number', value);
  return crc32Bytes(bytes, value >>> 0);
}

export const deflate = deflateForms.async;
export const deflateSync = deflateForms.sync;
export const gzip = gzipForms.async;
export const gzipSync = gzipForms.sync;
export const deflateRaw = deflateRawForms.async;
export const deflateRawSync = deflateRawForms.sync;
export const unzip = unzipForms.async;
export const unzipSync = unzipForms.sync;
export const inflate = inflateForms.async;
export const inflateSync = inflateForms.sync;
export const gunzip = gunzipForms.async;
export const gunzipSync = gunzipForms.sync;
export const inflateRaw = inflateRawForms.async;
export const inflateRawSync = inflateRawForms.sync;
export const brotliCompress = brotliCompressForms.async;
export const brotliCompressSync = brotliCompressForms.sync;
export const brotliDecompress = brotliDecompressForms.async;
export const brotliDecompressSync = brotliDecompressForms.sync;

export const createDeflate = (opts?: Options): Deflate => new Deflate(opts);
export const createInflate = (opts?: Options): Inflate => new Inflate(opts);
export const createDeflateRaw = (opts?: Options): DeflateRaw => new DeflateRaw(opts);
export const createInflateRaw = (opts?: Options): InflateRaw => new InflateRaw(opts);
export const createGzip = (opts?: Options): Gzip => new Gzip(opts);
export const createGunzip = (opts?: Options): Gunzip => new Gunzip(opts);
export const createUnzip = (opts?: Options): Unzip => new Unzip(opts);
export const createBrotliCompress = (opts?: Options): BrotliCompress => new BrotliCompress(opts);
export const createBrotliDecompress = (opts?: Options): BrotliDecompress => new BrotliDecompress(opts);

export { constants, codes };

export default {
  crc32, Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, BrotliCompress, BrotliDecompress,
  deflate, deflateSync, gzip, gzipSync, deflateRaw, deflateRawSync, unzip, unzipSync, inflate, inflateSync,
  gunzip, gunzipSync, inflateRaw, inflateRawSync, brotliCompress, brotliCompressSync, brotliDecompress,
  brotliDecompressSync, createDeflate, createInflate, createDeflateRaw, createInflateRaw, createGzip,
  createGunzip, createUnzip, createBrotliCompress, createBrotliDecompress, constants, codes,
};
