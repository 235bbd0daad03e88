// node layer: one zlib stream (deflate, inflate, gzip, gunzip, raw, unzip) over pako's port of zlib;
// runs a chunk through it with a flush mode and reports failures as Node's zlib errors.
import {
  ZStream,
  zlibDeflate,
  zlibDeflateEnd,
  zlibDeflateInit2,
  zlibDeflateReset,
  zlibDeflateSetDictionary,
  zlibInflate,
  zlibInflateEnd,
  zlibInflateInit2,
  zlibInflateReset,
  zlibInflateSetDictionary,
  type Z_FlushMode,
  type Z_Strategy,
} from 'pako';
import { codes, constants } from './constants.js';

const { DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP } = constants;
const Z_STREAM_END = 1;
const Z_NEED_DICT = 2;
const Z_BUF_ERROR = -5;
const Z_FINISH = 4;

export interface EngineOptions {
  level: number;
  windowBits: number;
  memLevel: number;
  strategy: number;
  dictionary: Uint8Array | undefined;
}

/** Node's zlib failure: a plain Error with `errno` and `code` own properties. */
export function zlibError(message: string, errno: number): Error {
  const err = new Error(message) as Error & { errno: number; code: string };
  err.errno = errno;
  err.code = codes[errno] as string;
  return err;
}

export class Engine {
  readonly mode: number;
  private readonly _strm = new ZStream();
  private readonly _opts: EngineOptions;
  private readonly _deflating: boolean;
  private _ended = false;

  constructor(mode: number, opts: EngineOptions) {
    this.mode = mode;
    this._opts = opts;
    this._deflating = mode === DEFLATE || mode === GZIP || mode === DEFLATERAW;
    this._init();
  }

  private _init(): void {
    const { level, memLevel, strategy, dictionary } = this._opts;
    let wb = this._opts.windowBits;
    if (this._deflating) {
      // zlib silently widens an 8-bit window to 9; pako only accepts 9.
      if (wb === 8) wb = 9;
      if (this.mode === GZIP) wb += 16;
      else if (this.mode === DEFLATERAW) wb = -wb;
      zlibDeflateInit2(this._strm, level, 8, wb, memLevel, strategy as Z_Strategy);
      if (dictionary) zlibDeflateSetDictionary(this._strm, dictionary);
    } else {
      if (this.mode === GUNZIP) wb += 16;
      else if (this.mode === UNZIP) wb += 32;
      else if (this.mode === INFLATERAW) wb = -(wb || 15);
      zlibInflateInit2(this._strm, wb);
      if (dictionary && this.mode === INFLATERAW) zlibInflateSetDictionary(this._strm, dictionary);
    }
  }

  reset(): void {
    this._ended = false;
    if (this._deflating) zlibDeflateReset(this._strm);
    else zlibInflateReset(this._strm);
  }

  close(): void {
    if (this._deflating) zlibDeflateEnd(this._strm);
    else zlibInflateEnd(this._strm);
  }

  /**
   * Runs `input` through the stream with `flush`, handing each full (or final) output chunk of
   * up to `chunkSize` bytes to `emit`. Returns an error instead of throwing it.
   */
  write(input: Uint8Array, flush: number, chunkSize: number, emit: (out: Uint8Array) => void): Error | null {
    const strm = this._strm;
    strm.input = input;
    strm.next_in = 0;
    strm.avail_in = input.length;
    for (;;) {
      if (this._ended) {
        // After a gzip member ends, only another member (magic 0x1f) continues; anything else is ignored.
        if (strm.avail_in > 0 && this.mode === GUNZIP && input[strm.next_in] === 0x1f) {
          this.reset();
        } else {
          strm.avail_in = 0;
          return null;
        }
      }
      const out = new Uint8Array(chunkSize);
      strm.output = out;
      strm.next_out = 0;
      strm.avail_out = chunkSize;
      let status = this._deflating ? zlibDeflate(strm, flush as Z_FlushMode) : zlibInflate(strm, flush as Z_FlushMode);
      if (status === Z_NEED_DICT) {
        const dictionary = this._opts.dictionary;
        if (!dictionary) return zlibError('Missing dictionary', Z_NEED_DICT);
        if (zlibInflateSetDictionary(strm, dictionary) !== 0) return zlibError('Bad dictionary', Z_NEED_DICT);
        status = zlibInflate(strm, flush as Z_FlushMode);
      }
      const produced = strm.next_out;
      if (produced > 0) emit(produced === chunkSize ? out : out.subarray(0, produced));
      if (status === Z_STREAM_END) {
        if (this._deflating) return null;
        this._ended = true;
        if (strm.avail_in === 0) return null;
        continue;
      }
      if (status < 0 && status !== Z_BUF_ERROR) return zlibError(strm.msg || 'zlib error', status);
      if (strm.avail_out !== 0) {
        // All input taken and output to spare: done, unless inflate hit the end of a truncated stream.
        if (!this._deflating && flush === Z_FINISH && strm.avail_in === 0) {
          return zlibError('unexpected end of file', Z_BUF_ERROR);
        }
        if (strm.avail_in === 0 || status === Z_BUF_ERROR) return null;
      }
    }
  }
}

export { DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP };
