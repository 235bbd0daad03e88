// node layer: Node's `zlib` module — deflate/inflate/gzip/gunzip/raw/unzip as Transform streams,
// their sync, callback and promisifiable forms, crc32 and the constants; brotli is not implemented.
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

const { Z_NO_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_DEFAULT_CHUNK } = constants;
const kMaxLength = 2 ** 32;

type Options = Record<string, unknown> | undefined | null;
type Callback = (err: Error | null, result?: Buffer) => void;

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

interface Settings {
  engine: Engine;
  chunkSize: number;
  flush: number;
  finishFlush: number;
  maxOutputLength: number;
}

function settings(mode: number, opts: Options): Settings {
  if (opts != null && typeof opts !== 'object') opts = undefined;
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
  return { engine, chunkSize, flush, finishFlush, maxOutputLength };
}

const kFlushFlag = Symbol('kFlushFlag');
type FlushChunk = Buffer & { [kFlushFlag]?: number };

/** What every zlib stream class shares (Node's ZlibBase and Zlib). */
export class Zlib extends Transform {
  bytesWritten = 0;
  _closed = false;
  private readonly _engine: Engine;
  private readonly _chunkSize: number;
  private readonly _flushFlag: number;
  private readonly _finishFlush: number;

  constructor(mode: number, opts?: Options) {
    const s = settings(mode, opts);
    super({ ...(opts ?? {}), autoDestroy: true });
    this._engine = s.engine;
    this._chunkSize = s.chunkSize;
    this._flushFlag = s.flush;
    this._finishFlush = s.finishFlush;
  }

  get _handle(): object | null {
    return this._closed ? null : this._engine;
  }

  reset(): void {
    this._engine.reset();
  }

  params(_level: number, _strategy: number, _callback?: () => void): never {
    throw nodeError('ERR_NOT_IMPLEMENTED', 'zlib params()');
  }

  flush(kind?: number | (() => void), callback?: () => void): void {
    if (typeof kind === 'function' || kind === undefined) {
      callback = kind as (() => void) | undefined;
      kind = Z_FULL_FLUSH;
    }
    if (this.writableFinished) {
      if (callback) getProcess().nextTick(callback);
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
    let flag = (chunk as FlushChunk)[kFlushFlag] ?? this._flushFlag;
    // As in Node, the chunk that end() wrote is compressed with the finishing flush right away.
    if (this.writableEnded && this.writableLength === chunk.byteLength) flag = this._finishFlush;
    this._run(chunk, flag, callback);
  }

  _flush(callback: (err?: Error | null) => void): void {
    this._run(Buffer.alloc(0), this._finishFlush, callback);
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
    queueIo(() => {
      if (this.destroyed) return;
      for (const out of outs) this.push(Buffer.from(out.buffer, out.byteOffset, out.byteLength));
      if (err) this.destroy(err);
      else callback();
    });
  }
}

export class Deflate extends Zlib { constructor(opts?: Options) { super(DEFLATE, opts); } }
export class Inflate extends Zlib { constructor(opts?: Options) { super(INFLATE, opts); } }
export class Gzip extends Zlib { constructor(opts?: Options) { super(GZIP, opts); } }
export class Gunzip extends Zlib { constructor(opts?: Options) { super(GUNZIP, opts); } }
export class DeflateRaw extends Zlib { constructor(opts?: Options) { super(DEFLATERAW, opts); } }
export class InflateRaw extends Zlib { constructor(opts?: Options) { super(INFLATERAW, opts); } }
export class Unzip extends Zlib { constructor(opts?: Options) { super(UNZIP, opts); } }

function brotliMissing(what: string): never {
  throw nodeError('ERR_NOT_IMPLEMENTED', `zlib.${what} (brotli)`);
}

export class BrotliCompress extends Transform {
  constructor(_opts?: Options) { super(); brotliMissing('BrotliCompress'); }
}
export class BrotliDecompress extends Transform {
  constructor(_opts?: Options) { super(); brotliMissing('BrotliDecompress'); }
}

function inputBytes(buffer: unknown): Uint8Array {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (isView(buffer)) return toBytes(buffer);
  if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
  throw nodeError('ERR_INVALID_ARG_TYPE', 'buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
}

/** Runs a whole buffer through a fresh engine; returns the output or the error. */
function runWhole(mode: number, input: Uint8Array, opts: Options): Buffer | Error {
  const s = settings(mode, opts);
  const outs: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  const err = s.engine.write(input, s.finishFlush, s.chunkSize, (out) => {
    total += out.length;
    if (total > s.maxOutputLength) tooLarge = true;
    else outs.push(out);
  });
  s.engine.close();
  if (tooLarge) return nodeError('ERR_BUFFER_TOO_LARGE', s.maxOutputLength);
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

function syncForm(mode: number) {
  return function zlibSync(buffer: unknown, opts?: Options): Buffer {
    const result = runWhole(mode, inputBytes(buffer), opts);
    if (result instanceof Error) throw result;
    return result;
  };
}

/** Node runs the callback forms through a stream too, so their callbacks come after 'end'. */
function callbackForm(mode: number) {
  return function zlibAsync(buffer: unknown, opts: Options | Callback, callback?: Callback): void {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    validateFunction(callback, 'callback');
    const input = inputBytes(buffer);
    const cb = callback;
    const engine = new Zlib(mode, opts);
    const maxOutputLength = (opts as Options)?.maxOutputLength as number | undefined ?? kMaxLength;
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
      cb(null, result);
    });
    engine.end(input);
  };
}

function brotliFunction(name: string) {
  return function brotli(): never {
    return brotliMissing(name);
  };
}

/** `zlib.crc32(data[, value])`: CRC-32 of a string (as UTF-8) or bytes, continuing from `value`. */
export function crc32(data: unknown, value: unknown = 0): number {
  let bytes: Uint8Array;
  if (typeof data === 'string') bytes = Buffer.from(data);
  else if (isView(data)) bytes = toBytes(data);
  else throw nodeError('ERR_INVALID_ARG_TYPE', 'data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  if (typeof value !== 'number') throw nodeError('ERR_INVALID_ARG_TYPE', 'value', 'number', value);
  return crc32Bytes(bytes, value >>> 0);
}

export const deflate = callbackForm(DEFLATE);
export const deflateSync = syncForm(DEFLATE);
export const gzip = callbackForm(GZIP);
export const gzipSync = syncForm(GZIP);
export const deflateRaw = callbackForm(DEFLATERAW);
export const deflateRawSync = syncForm(DEFLATERAW);
export const unzip = callbackForm(UNZIP);
export const unzipSync = syncForm(UNZIP);
export const inflate = callbackForm(INFLATE);
export const inflateSync = syncForm(INFLATE);
export const gunzip = callbackForm(GUNZIP);
export const gunzipSync = syncForm(GUNZIP);
export const inflateRaw = callbackForm(INFLATERAW);
export const inflateRawSync = syncForm(INFLATERAW);
export const brotliCompress = brotliFunction('brotliCompress');
export const brotliCompressSync = brotliFunction('brotliCompressSync');
export const brotliDecompress = brotliFunction('brotliDecompress');
export const brotliDecompressSync = brotliFunction('brotliDecompressSync');

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
