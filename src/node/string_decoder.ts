// node layer: Node's `string_decoder` module — StringDecoder, which decodes a byte stream chunk by
// chunk and holds back the bytes of a character split across chunks, exactly as Node's does.
import { Buffer } from './buffer.js';
import { nodeError } from './internal/errors.js';
import { encodingIds, encodingOps, normalizeEncoding, unknownEncoding, type Encoding } from './internal/buffer/encoding.js';

// Layout of the state buffer, as Node's native decoder keeps it (and util.inspect shows it).
const kIncompleteEnd = 4;
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kSize = 7;

const kNativeDecoder = Symbol('kNativeDecoder');

function decoderEncoding(encoding: unknown): Encoding {
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) throw unknownEncoding(encoding);
  return enc;
}

function makeString(bytes: Uint8Array, start: number, end: number, enc: Encoding): string {
  return encodingOps[enc].slice(bytes, start, end);
}

export class StringDecoder {
  encoding: Encoding;
  [kNativeDecoder]: Uint8Array;

  constructor(encoding?: string) {
    this.encoding = decoderEncoding(encoding);
    this[kNativeDecoder] = Buffer.alloc(kSize);
    this[kNativeDecoder][kEncodingField] = encodingIds[this.encoding];
  }

  write(buf: unknown): string {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) throw nodeError('ERR_INVALID_ARG_TYPE', 'buf', ['Buffer', 'TypedArray', 'DataView'], buf);
    const state = this[kNativeDecoder];
    if (!state) throw nodeError('ERR_INVALID_THIS', 'StringDecoder');
    return decode(state, this.encoding, new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
  }

  end(buf?: unknown): string {
    let ret = '';
    if (buf !== undefined) ret = this.write(buf);
    if (this[kNativeDecoder][kBufferedBytes] > 0) ret += flush(this[kNativeDecoder], this.encoding);
    return ret;
  }

  text(buf: Uint8Array, offset?: number): string {
    this[kNativeDecoder][kMissingBytes] = 0;
    this[kNativeDecoder][kBufferedBytes] = 0;
    return this.write(buf.slice(offset));
  }

  get lastChar(): Uint8Array {
    return this[kNativeDecoder].subarray(0, kIncompleteEnd);
  }

  get lastNeed(): number {
    return this[kNativeDecoder][kMissingBytes];
  }

  get lastTotal(): number {
    return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
  }
}

for (const name of ['lastChar', 'lastNeed', 'lastTotal']) {
  const desc = Object.getOwnPropertyDescriptor(StringDecoder.prototype, name)!;
  Object.defineProperty(StringDecoder.prototype, name, { ...desc, enumerable: true });
}

function decode(state: Uint8Array, enc: Encoding, data: Uint8Array): string {
  if (enc !== 'utf8' && enc !== 'utf16le' && enc !== 'base64' && enc !== 'base64url') {
    return makeString(data, 0, data.length, enc);
  }
  let start = 0;
  const end = data.length;
  let prepend: string | undefined;
  if (state[kMissingBytes] > 0) {
    if (enc === 'utf8') {
      // A byte that cannot continue the held character ends it; it starts the next one.
      for (let i = 0; i < end && i < state[kMissingBytes]; i++) {
        if ((data[i] & 0xc0) !== 0x80) {
          state[kMissingBytes] = 0;
          state.set(data.subarray(0, i), state[kBufferedBytes]);
          state[kBufferedBytes] += i;
          start += i;
          break;
        }
      }
    }
    const found = Math.min(end - start, state[kMissingBytes]);
    state.set(data.subarray(start, start + found), state[kBufferedBytes]);
    start += found;
    state[kMissingBytes] -= found;
    state[kBufferedBytes] += found;
    if (state[kMissingBytes] === 0) {
      prepend = makeString(state, 0, state[kBufferedBytes], enc);
      state[kBufferedBytes] = 0;
    }
  }
  if (start === end) return prepend ?? '';

  let nread = end - start;
  if (enc === 'utf8' && data[end - 1] & 0x80) {
    // Walk back to the lead byte of the last character to see whether it is complete.
    for (let i = end - 1; ; i--) {
      state[kBufferedBytes]++;
      if ((data[i] & 0xc0) === 0x80) {
        if (state[kBufferedBytes] >= 4 || i === start) {
          state[kBufferedBytes] = 0;
          break;
        }
      } else {
        if ((data[i] & 0xe0) === 0xc0) state[kMissingBytes] = 2;
        else if ((data[i] & 0xf0) === 0xe0) state[kMissingBytes] = 3;
        else if ((data[i] & 0xf8) === 0xf0) state[kMissingBytes] = 4;
        else {
          state[kBufferedBytes] = 0;
          break;
        }
        if (state[kBufferedBytes] >= state[kMissingBytes]) {
          state[kMissingBytes] = 0;
          state[kBufferedBytes] = 0;
        }
        state[kMissingBytes] -= state[kBufferedBytes];
        break;
      }
    }
  } else if (enc === 'utf16le') {
    if (nread % 2 === 1) {
      state[kBufferedBytes] = 1;
      state[kMissingBytes] = 1;
    } else if ((data[end - 1] & 0xfc) === 0xd8) {
      state[kBufferedBytes] = 2;
      state[kMissingBytes] = 2;
    }
  } else if (enc === 'base64' || enc === 'base64url') {
    state[kBufferedBytes] = nread % 3;
    if (state[kBufferedBytes] > 0) state[kMissingBytes] = 3 - state[kBufferedBytes];
  }
  const held = state[kBufferedBytes];
  if (held > 0) {
    nread -= held;
    state.set(data.subarray(start + nread, end), 0);
  }
  const body = nread > 0 ? makeString(data, start, start + nread, enc) : '';
  return prepend === undefined ? body : prepend + body;
}

function flush(state: Uint8Array, enc: Encoding): string {
  if (enc === 'utf16le' && state[kBufferedBytes] % 2 === 1) {
    // A lone trailing byte of UTF-16 is dropped.
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const ret = makeString(state, 0, state[kBufferedBytes], enc);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return ret;
}
