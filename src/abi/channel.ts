// ABI layer: the SharedArrayBuffer channel that carries one thread's blocking syscalls to the
// kernel, and the compact binary codec used for syscall arguments and results on both paths.
//
// Channel layout (one per thread). Int32 words; the two words both sides poll sit alone in the first
// cache line, so writing a request or a reply does not disturb the other side's polling:
//   word 0   STATE    IDLE (0) | REQUEST (1, written by the thread) | REPLY (2, written by the kernel)
//   word 1   ASLEEP   1 while the thread sleeps in Atomics.wait: only then does the kernel notify
//   word 16  SYSNO    syscall number of the request                      (second cache line)
//   word 17  LENGTH   bytes of encoded request (thread) or reply (kernel) in the data area
//   word 18  ERRNO    0 when the call succeeded, else the errno (the kernel writes it with the reply)
// Bytes from DATA_OFFSET: the encoded argument list, then, in place, the encoded result.
//
// The kernel shares one DOORBELL (an Int32Array over its own small SharedArrayBuffer) with every
// thread: word 1 is 1 while the kernel sleeps in `Atomics.waitAsync` on word 0 (set just before
// its last scan of the channels); only then does a thread, after writing its request, bump word 0
// and notify. A spinning kernel finds requests by scanning, so a busy call never writes the
// doorbell's cache line. Notifying only sleepers matters: `Atomics.notify` costs microseconds,
// far more than the rest of a round trip.

export const STATE = 0;
export const LENGTH = 17;
export const SYSNO = 16;
export const ERRNO = 18;
export const ASLEEP = 1;
/** Int32 words of the header, before the data area. */
export const HEADER_WORDS = 32;
export const BELL_COUNT = 0;
export const BELL_ASLEEP = 1;
export const DOORBELL_BYTES = 8;
export const IDLE = 0;
export const REQUEST = 1;
export const REPLY = 2;
export const DATA_OFFSET = 128;
/** Data area size: large transfers are split by the runtime into pieces of at most this much. */
export const DATA_SIZE = 1 << 20;
/** Largest byte payload a single read or write moves through the channel. */
export const MAX_IO_CHUNK = DATA_SIZE - 4096;

export function createChannelBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(DATA_OFFSET + DATA_SIZE);
}

// Codec tags.
const T_UNDEFINED = 0;
const T_NULL = 1;
const T_FALSE = 2;
const T_TRUE = 3;
const T_INT = 4;
const T_FLOAT = 5;
const T_STRING = 6;
const T_BYTES = 7;
const T_ARRAY = 8;
const T_OBJECT = 9;
const T_BIGINT = 10;
/** An array of numbers (a stat result, say) as one block of doubles: no per-element tags. */
const T_NUMBERS = 11;

export type Value =
  | undefined | null | boolean | number | string | bigint | Uint8Array
  | Value[] | { [key: string]: Value };

const textEncoder = new TextEncoder();
const textDecoder = new TextDecoder();

function isAllNumbers(v: unknown[]): boolean {
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'number') return false;
  return true;
}

/** The area as doubles, when it starts on an 8-byte boundary (a channel's data area does). */
function doublesOf(bytes: Uint8Array): Float64Array | null {
  return bytes.byteOffset % 8 === 0 ? new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 3) : null;
}

/** Encodes values into a byte area; `bytes` may be a view of shared memory. */
export class Encoder {
  bytes: Uint8Array;
  view: DataView;
  pos = 0;
  private readonly _doubles: Float64Array | null;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this._doubles = doublesOf(bytes);
  }

  reset(): void {
    this.pos = 0;
  }

  value(v: Value): void {
    switch (typeof v) {
      case 'undefined': this._tag(T_UNDEFINED); return;
      case 'boolean': this._tag(v ? T_TRUE : T_FALSE); return;
      case 'number':
        if ((v | 0) === v && !Object.is(v, -0)) {
          this._need(5);
          this.bytes[this.pos++] = T_INT;
          this.view.setInt32(this.pos, v, true);
          this.pos += 4;
        } else {
          this._need(9);
          this.bytes[this.pos++] = T_FLOAT;
          this.view.setFloat64(this.pos, v, true);
          this.pos += 8;
        }
        return;
      case 'string': this._tag(T_STRING); this.string(v); return;
      case 'bigint': this._tag(T_BIGINT); this.string(v.toString()); return;
      case 'object':
        if (v === null) { this._tag(T_NULL); return; }
        if (v instanceof Uint8Array) { this._tag(T_BYTES); this.byteArray(v); return; }
        if (Array.isArray(v)) {
          if (v.length >= 8 && isAllNumbers(v)) {
            this._numbers(v as number[]);
            return;
          }
          this._tag(T_ARRAY);
          this._u32(v.length);
          for (let i = 0; i < v.length; i++) this.value(v[i]);
          return;
        }
        {
          const keys = Object.keys(v);
          this._tag(T_OBJECT);
          this._u32(keys.length);
          for (const key of keys) {
            this.string(key);
            this.value((v as Record<string, Value>)[key]);
          }
        }
        return;
      default:
        throw new TypeError(`cannot encode a ${typeof v} in a syscall`);
    }
  }

  string(s: string): void {
    const n = s.length;
    // Short ASCII strings (paths, names) are the common case: copy them by hand.
    this._need(4 + n * 3);
    const start = this.pos + 4;
    let i = 0;
    const bytes = this.bytes;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c > 0x7f) break;
      bytes[start + i] = c;
    }
    let len = i;
    if (i < n) {
      const written = textEncoder.encodeInto(s.slice(i), bytes.subarray(start + i)).written;
      len = i + written;
    }
    this.view.setUint32(this.pos, len, true);
    this.pos = start + len;
  }

  byteArray(b: Uint8Array): void {
    this._need(4 + b.byteLength);
    this.view.setUint32(this.pos, b.byteLength, true);
    this.bytes.set(b, this.pos + 4);
    this.pos += 4 + b.byteLength;
  }

  private _numbers(v: number[]): void {
    const n = v.length;
    this._need(8 + n * 8);
    this.bytes[this.pos] = T_NUMBERS;
    this.view.setUint32(this.pos + 1, n, true);
    // Doubles start on an 8-byte boundary so the reader can copy them as one Float64Array.
    const start = (this.pos + 5 + 7) & ~7;
    const doubles = this._doubles;
    if (doubles !== null) {
      const at = start >> 3;
      for (let i = 0; i < n; i++) doubles[at + i] = v[i];
    } else {
      for (let i = 0; i < n; i++) this.view.setFloat64(start + i * 8, v[i], true);
    }
    this.pos = start + n * 8;
  }

  private _tag(tag: number): void {
    this._need(1);
    this.bytes[this.pos++] = tag;
  }

  private _u32(n: number): void {
    this._need(4);
    this.view.setUint32(this.pos, n, true);
    this.pos += 4;
  }

  private _need(n: number): void {
    if (this.pos + n > this.bytes.byteLength) throw new RangeError('syscall message too large for the channel');
  }
}

/** Decodes values written by an Encoder. Byte arrays are copied out of shared memory. */
export class Decoder {
  bytes: Uint8Array;
  view: DataView;
  pos = 0;
  /**
   * Byte arrays as views of the area instead of copies, for a reader that is done with them
   * before the area is written again (the kernel serving a write to a file, say).
   */
  borrow = false;
  private readonly _doubles: Float64Array | null;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this._doubles = doublesOf(bytes);
  }

  reset(pos = 0): void {
    this.pos = pos;
  }

  value(): Value {
    const tag = this.bytes[this.pos++];
    switch (tag) {
      case T_UNDEFINED: return undefined;
      case T_NULL: return null;
      case T_FALSE: return false;
      case T_TRUE: return true;
      case T_INT: { const v = this.view.getInt32(this.pos, true); this.pos += 4; return v; }
      case T_FLOAT: { const v = this.view.getFloat64(this.pos, true); this.pos += 8; return v; }
      case T_STRING: return this.string();
      case T_BIGINT: return BigInt(this.string());
      case T_BYTES: return this.byteArray();
      case T_NUMBERS: {
        const n = this._u32();
        const start = (this.pos + 7) & ~7;
        // Filled by push so the array stays packed (no holes), the fastest kind to read.
        const values: number[] = [];
        const doubles = this._doubles;
        if (doubles !== null) {
          const at = start >> 3;
          for (let i = 0; i < n; i++) values.push(doubles[at + i]);
        } else {
          for (let i = 0; i < n; i++) values.push(this.view.getFloat64(start + i * 8, true));
        }
        this.pos = start + n * 8;
        return values;
      }
      case T_ARRAY: {
        const n = this._u32();
        const out: Value[] = new Array(n);
        for (let i = 0; i < n; i++) out[i] = this.value();
        return out;
      }
      case T_OBJECT: {
        const n = this._u32();
        const out: Record<string, Value> = {};
        for (let i = 0; i < n; i++) {
          const key = this.string();
          out[key] = this.value();
        }
        return out;
      }
      default:
        throw new TypeError(`bad syscall message tag ${tag}`);
    }
  }

  string(): string {
    const len = this._u32();
    const start = this.pos;
    this.pos += len;
    const bytes = this.bytes;
    if (len < 64) {
      for (let i = start; i < start + len; i++) {
        if (bytes[i] > 0x7f) return textDecoder.decode(bytes.slice(start, start + len));
      }
      // One flat string at once: cheaper than joining characters, and it hashes without flattening.
      return String.fromCharCode.apply(null, bytes.subarray(start, start + len) as unknown as number[]);
    }
    // TextDecoder refuses views of shared memory in browsers: decode a private copy.
    return textDecoder.decode(bytes.slice(start, start + len));
  }

  byteArray(): Uint8Array {
    const len = this._u32();
    const out = this.borrow ? this.bytes.subarray(this.pos, this.pos + len) : this.bytes.slice(this.pos, this.pos + len);
    this.pos += len;
    return out;
  }

  private _u32(): number {
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }
}
