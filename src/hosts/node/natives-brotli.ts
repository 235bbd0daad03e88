// hosts layer (Node): the host's native brotli, offered to the runtime: each coder is the native
// handle of a host BrotliCompress/BrotliDecompress, driven one synchronous step at a time.
import type * as Zlib from 'node:zlib';
import type { HostBrotli, HostBrotliCoder, HostBrotliError, HostNatives } from '../../node/binding/host.js';

/** The parts of Node's zlib binding handle that Node's own *Sync functions use. */
interface NativeHandle {
  writeSync(op: number, input: Uint8Array, inOff: number, inLen: number, output: Uint8Array, outOff: number, outLen: number): void;
  reset(): void;
  close(): void;
  onerror: (message: string, errno: number, code: string) => void;
}

type HostStream = Zlib.BrotliCompress & { _handle?: NativeHandle; _writeState?: Uint32Array };

const UNSET = 0xffffffff;

class NativeBrotliCoder implements HostBrotliCoder {
  readonly state: Uint32Array;
  private readonly _handle: NativeHandle;
  private _error: HostBrotliError | null = null;

  constructor(stream: HostStream) {
    this._handle = stream._handle!;
    this.state = stream._writeState!;
    // The handle reports failures through `onerror` during writeSync. Node's own handler would
    // destroy the host stream, which only lends us its handle: keep the failure for `write` instead.
    this._handle.onerror = (message, errno, code) => {
      this._error = { message, errno, code };
    };
  }

  write(op: number, input: Uint8Array, inOff: number, inLen: number, output: Uint8Array, outOff: number, outLen: number): HostBrotliError | null {
    this._handle.writeSync(op, input, inOff, inLen, output, outOff, outLen);
    const error = this._error;
    this._error = null;
    return error;
  }

  reset(): void {
    this._handle.reset();
  }

  close(): void {
    this._handle.close();
  }
}

// Loading node:zlib costs milliseconds that most processes never need: it waits for the first coder.
// Taken now, as the worker entry later deletes the host's globals.
const getBuiltinModule = typeof process.getBuiltinModule === 'function' ? process.getBuiltinModule.bind(process) : undefined;
let zlib: typeof Zlib | undefined;

function openStream(encode: boolean, params: Uint32Array): HostStream | null {
  zlib ??= getBuiltinModule!('node:zlib');
  const chosen: Record<number, number> = {};
  for (let i = 0; i < params.length; i++) if (params[i] !== UNSET) chosen[i] = params[i]!;
  // The host stream's own output buffer goes unused: keep it at the smallest size allowed.
  const opts = { params: chosen, chunkSize: zlib.constants.Z_MIN_CHUNK };
  let stream: HostStream;
  try {
    stream = (encode ? zlib.createBrotliCompress(opts) : zlib.createBrotliDecompress(opts)) as HostStream;
  } catch (err) {
    // The library refused a parameter: the runtime throws its own ERR_ZLIB_INITIALIZATION_FAILED.
    if ((err as { code?: unknown }).code === 'ERR_ZLIB_INITIALIZATION_FAILED') return null;
    throw err;
  }
  if (typeof stream._handle?.writeSync !== 'function' || !(stream._writeState instanceof Uint32Array)) {
    throw new Error('the host zlib has no synchronous brotli handle');
  }
  return stream;
}

/** Brotli where the host can load node:zlib lazily (Node 20.16 and later); absent otherwise. */
export function brotliNatives(): HostNatives {
  if (!getBuiltinModule) return {};
  const brotli: HostBrotli = {
    open(encode, params) {
      const stream = openStream(encode, params);
      return stream ? new NativeBrotliCoder(stream) : null;
    },
  };
  return { brotli };
}
