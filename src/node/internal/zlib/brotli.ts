// node layer: one brotli stream over the host's native brotli (`HostNatives.brotli`): its option
// parameters, and chunks run through it as Node's zlib streams do, output buffer reuse included.
import { host, type HostBrotliCoder } from '../../binding/host.js';
import { nodeError } from '../errors.js';

/** Node's BROTLI_*PARAM_* indices run from 0 to 8 (BROTLI_PARAM_NDIRECT). */
const kMaxBrotliParam = 8;

/** Whether this host can do brotli at all. */
export function brotliAvailable(): boolean {
  return host().natives.brotli !== undefined;
}

/**
 * `options.params` as Node reads it: each key a parameter index, each value a number or boolean,
 * stored as the C library's uint32 (0xffffffff, what -1 becomes, leaves the default).
 */
export function brotliParams(params: unknown): Uint32Array {
  const out = new Uint32Array(kMaxBrotliParam + 1).fill(-1);
  if (!params) return out;
  for (const origKey of Object.keys(params)) {
    const key = +origKey;
    // A key already given (as '1' and '01') or a fractional one is refused like an unknown one.
    if (Number.isNaN(key) || key < 0 || key > kMaxBrotliParam || ((out as unknown as Record<number, number>)[key]! | 0) !== -1) {
      throw nodeError('ERR_BROTLI_INVALID_PARAM', origKey);
    }
    const value = (params as Record<string, unknown>)[origKey];
    if (typeof value !== 'number' && typeof value !== 'boolean') {
      throw nodeError('ERR_INVALID_ARG_TYPE', 'options.params[key]', 'number', value);
    }
    out[key] = +value;
  }
  return out;
}

/** Node's brotli failure: a plain Error with `errno` and `code` own properties. */
function brotliError(message: string, errno: number, code: string): Error {
  const err = new Error(message) as Error & { errno: number; code: string };
  err.errno = errno;
  err.code = code;
  return err;
}

export class BrotliEngine {
  /** Set by `write` when the coder stopped with input left: the brotli stream ended before it. */
  inputLeft = false;
  private readonly _coder: HostBrotliCoder;
  private _out: Uint8Array | null = null;
  private _outOffset = 0;

  private constructor(coder: HostBrotliCoder) {
    this._coder = coder;
  }

  /** A coder with `params`, or ERR_ZLIB_INITIALIZATION_FAILED when the library refuses them. */
  static open(encode: boolean, params: Uint32Array): BrotliEngine {
    const coder = host().natives.brotli!.open(encode, params);
    if (!coder) throw nodeError('ERR_ZLIB_INITIALIZATION_FAILED');
    return new BrotliEngine(coder);
  }

  reset(): void {
    this._coder.reset();
  }

  close(): void {
    this._coder.close();
  }

  /**
   * Runs `input` through the coder with operation `flush`. Output fills a `chunkSize` buffer that
   * later writes keep filling where this one stopped, as in Node, and each piece goes to `emit`.
   * Returns the library's failure instead of throwing it.
   */
  write(input: Uint8Array, flush: number, chunkSize: number, emit: (out: Uint8Array) => void): Error | null {
    const coder = this._coder;
    const state = coder.state;
    let out = this._out ??= new Uint8Array(chunkSize);
    let offset = this._outOffset;
    let inOff = 0;
    let availIn = input.length;
    for (;;) {
      const availOutBefore = chunkSize - offset;
      const err = coder.write(flush, input, inOff, availIn, out, offset, availOutBefore);
      if (err) return brotliError(err.message, err.errno, err.code);
      const availOut = state[0]!;
      const availInAfter = state[1]!;
      const have = availOutBefore - availOut;
      if (have > 0) {
        emit(out.subarray(offset, offset + have));
        offset += have;
      }
      if (availOut === 0 || offset >= chunkSize) {
        out = new Uint8Array(chunkSize);
        offset = 0;
      }
      inOff += availIn - availInAfter;
      availIn = availInAfter;
      if (availOut !== 0) break;
    }
    this._out = out;
    this._outOffset = offset;
    this.inputLeft = availIn > 0;
    return null;
  }
}
