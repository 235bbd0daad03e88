// hosts layer (Node): the host's native byte codecs (base64, base64url, hex) and digests, offered
// to the runtime through HostNatives.
import { Buffer } from 'node:buffer';
import { createRequire } from 'node:module';
import type { Hash } from 'node:crypto';
import type { HostHash, HostNatives } from '../../node/binding/host.js';

// Node's Buffer methods behind toString/write are native functions that take any Uint8Array as
// `this`, shared memory included: called on the runtime's bytes directly, they neither copy them
// nor allocate a Buffer view. Taken now, as the worker entry later deletes the host's globals.
const call = Function.prototype.call;
type Slice = (bytes: Uint8Array, start: number, end: number) => string;
type Write = (bytes: Uint8Array, text: string, offset: number, length: number) => number;
const proto = Buffer.prototype as unknown as Record<string, Function>;
const hexSlice = call.bind(proto.hexSlice) as Slice;
const base64Slice = call.bind(proto.base64Slice) as Slice;
const base64urlSlice = call.bind(proto.base64urlSlice) as Slice;
const hexWrite = call.bind(proto.hexWrite) as Write;
// Node's base64 decoder reads both alphabets whichever of the two it is called as.
const base64Write = call.bind(proto.base64Write) as Write;

/** A host hash behind the runtime's interface; digests come out as plain Uint8Arrays, not host Buffers. */
class NativeHash implements HostHash {
  constructor(private readonly _hash: Hash) {}

  update(bytes: Uint8Array): void {
    this._hash.update(bytes);
  }

  digest(): Uint8Array {
    const d = this._hash.digest();
    return new Uint8Array(d.buffer, d.byteOffset, d.length);
  }

  copy(): HostHash {
    return new NativeHash(this._hash.copy());
  }
}

// node:crypto costs a worker about 3 ms to load: only processes that hash pay for it.
const hostRequire = createRequire(import.meta.url);
let hostCrypto: typeof import('node:crypto') | undefined;

function createHash(algorithm: string): HostHash | null {
  hostCrypto ??= hostRequire('node:crypto') as typeof import('node:crypto');
  try {
    return new NativeHash(hostCrypto.createHash(algorithm));
  } catch {
    // An algorithm the host's OpenSSL lacks or disables (its legacy provider, say).
    return null;
  }
}

/** A pooled host buffer shares its ArrayBuffer with others: only a buffer that owns all of it is handed over. */
function decodeToNew(text: string, encoding: 'base64' | 'hex'): Uint8Array {
  const decoded = Buffer.from(text, encoding);
  const own = decoded.byteOffset === 0 && decoded.buffer.byteLength === decoded.length;
  return own ? new Uint8Array(decoded.buffer) : Uint8Array.prototype.slice.call(decoded);
}

export function codecNatives(): HostNatives {
  return {
    decodeToNew,
    hexEncode: hexSlice,
    base64Encode: base64Slice,
    base64urlEncode: base64urlSlice,
    hexDecode: hexWrite,
    base64Decode: base64Write,
    createHash,
  };
}
