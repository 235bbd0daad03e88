// node layer: the byte <-> string codecs behind Buffer and StringDecoder, one set per Node
// encoding (utf8, utf16le, latin1, ascii, hex, base64, base64url), with Node's lenient decoding.

import { nodeError, type NodeError } from '../errors.js';
import { inspect } from '../util/inspect.js';
import { host, type HostNatives, type RuntimeHost } from '../../binding/host.js';

export type Encoding = 'utf8' | 'utf16le' | 'latin1' | 'ascii' | 'hex' | 'base64' | 'base64url';

const encodingNames: Record<string, Encoding> = {
  __proto__: null as unknown as Encoding,
  utf8: 'utf8',
  'utf-8': 'utf8',
  ucs2: 'utf16le',
  'ucs-2': 'utf16le',
  utf16le: 'utf16le',
  'utf-16le': 'utf16le',
  latin1: 'latin1',
  binary: 'latin1',
  ascii: 'ascii',
  hex: 'hex',
  base64: 'base64',
  base64url: 'base64url',
};

/** Node's encoding lookup for Buffer methods: the name, case-insensitively, or undefined. */
export function lookupEncoding(name: unknown): Encoding | undefined {
  const text = `${name as string}`;
  const exact = encodingNames[text];
  if (exact !== undefined) return exact;
  return encodingNames[text.toLowerCase()];
}

/** Node's internal normalizeEncoding: null, undefined and '' mean utf8. */
export function normalizeEncoding(name: unknown): Encoding | undefined {
  if (name == null || name === 'utf8' || name === 'utf-8' || name === '') return 'utf8';
  return typeof name === 'string' ? lookupEncoding(name) : undefined;
}

/** ERR_UNKNOWN_ENCODING shows the name as util.format's %s would: objects inspected. */
export function unknownEncoding(name: unknown): NodeError {
  const shown = typeof name === 'object' && name !== null ? inspect(name, { depth: 0, colors: false, compact: 3 }) : name;
  return nodeError('ERR_UNKNOWN_ENCODING', shown);
}

/** Node's numeric ids for encodings, as stored in StringDecoder's state buffer. */
export const encodingIds: Record<Encoding, number> = {
  ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7,
};

const hasShared = typeof SharedArrayBuffer !== 'undefined';
const textEncoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });
// Below this many bytes a JS loop beats the cost of crossing into the engine's codec.
const kShortString = 64;
// Chunk size for String.fromCharCode.apply, well under engines' argument limits.
const kCharChunk = 8192;

function plainView(buf: Uint8Array, start: number, end: number): Uint8Array {
  // TextDecoder refuses views of shared memory in browsers, so decode from a private copy.
  if (hasShared && buf.buffer instanceof SharedArrayBuffer) return buf.slice(start, end);
  return new Uint8Array(buf.buffer, buf.byteOffset + start, end - start);
}

// Decoders of hex and base64 read ASCII input as bytes: the engine's UTF-8 encoder copies an
// ASCII string into bytes far faster than charCodeAt, and byte pairs index 16-bit tables.
const kScratchKeep = 1 << 22;
let scratch: Uint8Array = new Uint8Array(0);

/** The first `n` characters of `str` as bytes when they are all ASCII, else null. */
function asciiBytes(str: string, n: number): Uint8Array | null {
  let target: Uint8Array;
  if (n <= scratch.length) target = scratch;
  else {
    // Even capacity, so a Uint16Array can view every whole pair.
    target = new Uint8Array((n + 1) & ~1);
    if (target.length <= kScratchKeep) scratch = target;
  }
  const view = target.length === n ? target : target.subarray(0, n);
  const r = textEncoder.encodeInto(n === str.length ? str : str.slice(0, n), view);
  return r.read === n && r.written === n ? target : null;
}

// The host engine's own codecs, where it offers them (see HostNatives). Looked up on first use:
// this module is evaluated before the host is set, and until then the portable code serves.
let _natives: HostNatives | undefined;

function natives(): HostNatives | undefined {
  return _natives ??= (host() as RuntimeHost | null)?.natives;
}

// ---- utf8 ----

export function utf8ByteLength(str: string): number {
  const n = str.length;
  let bytes = n;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      bytes += 1;
      continue;
    }
    // A surrogate pair is 4 bytes for 2 units; anything else here, lone surrogates too, is 3.
    bytes += 2;
    if (c <= 0xdbff && c >= 0xd800 && i + 1 < n) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return bytes;
}

export function utf8Write(buf: Uint8Array, str: string, offset: number, length: number): number {
  const n = str.length;
  if (n <= kShortString && n <= length) {
    let i = 0;
    for (; i < n; i++) {
      const c = str.charCodeAt(i);
      if (c >= 0x80) break;
      buf[offset + i] = c;
    }
    if (i === n) return n;
  }
  if (length === 0) return 0;
  const target = new Uint8Array(buf.buffer, buf.byteOffset + offset, length);
  return textEncoder.encodeInto(str, target).written;
}

/** Encodes a whole string into a fresh Uint8Array of exactly its UTF-8 length. */
export function utf8Encode(str: string): Uint8Array {
  return textEncoder.encode(str);
}

export function utf8Slice(buf: Uint8Array, start: number, end: number): string {
  if (end - start <= kShortString) {
    let s = '';
    let i = start;
    for (; i < end; i++) {
      const c = buf[i];
      if (c >= 0x80) break;
      s += String.fromCharCode(c);
    }
    if (i === end) return s;
  }
  return utf8Decoder.decode(plainView(buf, start, end));
}

// ---- latin1 and ascii ----

export function latin1Write(buf: Uint8Array, str: string, offset: number, length: number): number {
  const n = str.length < length ? str.length : length;
  if (n > kShortString) {
    // ASCII-only text encodes to the same bytes in UTF-8, which the engine does natively.
    const r = textEncoder.encodeInto(n === str.length ? str : str.slice(0, n), new Uint8Array(buf.buffer, buf.byteOffset + offset, n));
    if (r.read === r.written) return n;
  }
  for (let i = 0; i < n; i++) buf[offset + i] = str.charCodeAt(i);
  return n;
}

function isAsciiRange(buf: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (buf[i] >= 0x80) return false;
  return true;
}

function charCodesToString(codes: ArrayLike<number>, start: number, end: number): string {
  if (end - start <= kCharChunk) return String.fromCharCode.apply(null, Array.prototype.slice.call(codes, start, end) as number[]);
  const parts: string[] = [];
  for (let i = start; i < end; i += kCharChunk) {
    const stop = i + kCharChunk < end ? i + kCharChunk : end;
    parts.push(String.fromCharCode.apply(null, (codes as Uint8Array).subarray(i, stop) as unknown as number[]));
  }
  return parts.join('');
}

export function latin1Slice(buf: Uint8Array, start: number, end: number): string {
  if (end - start <= kShortString) {
    let s = '';
    for (let i = start; i < end; i++) s += String.fromCharCode(buf[i]);
    return s;
  }
  if (isAsciiRange(buf, start, end)) return utf8Decoder.decode(plainView(buf, start, end));
  return charCodesToString(new Uint8Array(buf.buffer, buf.byteOffset + start, end - start), 0, end - start);
}

export function asciiSlice(buf: Uint8Array, start: number, end: number): string {
  if (end - start <= kShortString) {
    let s = '';
    for (let i = start; i < end; i++) s += String.fromCharCode(buf[i] & 0x7f);
    return s;
  }
  if (isAsciiRange(buf, start, end)) return utf8Decoder.decode(plainView(buf, start, end));
  const masked = new Uint8Array(end - start);
  for (let i = start; i < end; i++) masked[i - start] = buf[i] & 0x7f;
  return utf8Decoder.decode(masked);
}

// ---- utf16le ----

export function ucs2Write(buf: Uint8Array, str: string, offset: number, length: number): number {
  let chars = length >>> 1;
  if (chars > str.length) chars = str.length;
  for (let i = 0; i < chars; i++) {
    const c = str.charCodeAt(i);
    buf[offset + 2 * i] = c;
    buf[offset + 2 * i + 1] = c >>> 8;
  }
  return chars * 2;
}

export function ucs2Slice(buf: Uint8Array, start: number, end: number): string {
  const chars = (end - start) >>> 1;
  if (chars <= kShortString) {
    let s = '';
    for (let i = start, stop = start + chars * 2; i < stop; i += 2) s += String.fromCharCode(buf[i] | (buf[i + 1] << 8));
    return s;
  }
  const at = buf.byteOffset + start;
  let units: Uint16Array;
  if ((at & 1) === 0 && !(hasShared && buf.buffer instanceof SharedArrayBuffer)) units = new Uint16Array(buf.buffer, at, chars);
  else {
    units = new Uint16Array(chars);
    for (let i = 0; i < chars; i++) units[i] = buf[start + 2 * i] | (buf[start + 2 * i + 1] << 8);
  }
  return charCodesToString(units, 0, chars);
}

// ---- hex ----

// Above this many bytes (or digit pairs), the host's native codec, where there is one, beats the
// loops here: crossing into it costs about as much as converting 16 bytes in JavaScript.
const kNativeHexFrom = 16;

const hexPairs: string[] = [];
// Two ASCII hex digits per byte, packed little-endian so one Uint16 store writes both.
const hexPairCodes = new Uint16Array(256);
const hexDigitValue = new Int8Array(256).fill(-1);
{
  const digits = '0123456789abcdef';
  for (let i = 0; i < 256; i++) {
    hexPairs.push(digits[i >> 4] + digits[i & 15]);
    hexPairCodes[i] = digits.charCodeAt(i >> 4) | (digits.charCodeAt(i & 15) << 8);
  }
  for (let i = 0; i < 16; i++) {
    hexDigitValue[digits.charCodeAt(i)] = i;
    hexDigitValue[digits.toUpperCase().charCodeAt(i)] = i;
  }
}

export function hexSlice(buf: Uint8Array, start: number, end: number): string {
  const n = end - start;
  if (n > kNativeHexFrom) {
    const native = natives()?.hexEncode;
    if (native !== undefined) return native(buf, start, end);
  }
  if (n <= kShortString) {
    let s = '';
    for (let i = start; i < end; i++) s += hexPairs[buf[i]];
    return s;
  }
  if (n < kHexQuadFrom) {
    const out = new Uint16Array(n);
    for (let i = 0; i < n; i++) out[i] = hexPairCodes[buf[start + i]];
    return utf8Decoder.decode(new Uint8Array(out.buffer));
  }
  // Long input: two bytes at a time, read as one 16-bit unit from an even address, to four digits.
  const quads = hexQuadCodes ??= buildHexQuadCodes();
  const out = new Uint32Array((n + 3) >>> 1);
  const out16 = new Uint16Array(out.buffer);
  let i = start;
  let o = 0;
  if ((buf.byteOffset + i) & 1) out16[o++] = hexPairCodes[buf[i++]];
  const pairs = (end - i) >>> 1;
  const units = new Uint16Array(buf.buffer, buf.byteOffset + i, pairs);
  if ((o & 1) === 0) {
    const at = o >>> 1;
    for (let k = 0; k < pairs; k++) out[at + k] = quads[units[k]];
  } else {
    for (let k = 0; k < pairs; k++) {
      const q = quads[units[k]];
      out16[o + 2 * k] = q;
      out16[o + 2 * k + 1] = q >>> 16;
    }
  }
  o += 2 * pairs;
  i += 2 * pairs;
  if (i < end) out16[o] = hexPairCodes[buf[i]];
  return utf8Decoder.decode(new Uint8Array(out.buffer, 0, 2 * n));
}

// Below this many bytes the per-byte loop wins over building the 256 KiB table of byte pairs.
const kHexQuadFrom = 4096;
// Two bytes (a little-endian 16-bit unit) to their four hex digits, packed for one 32-bit store.
let hexQuadCodes: Uint32Array | undefined;

function buildHexQuadCodes(): Uint32Array {
  const table = new Uint32Array(65536);
  for (let i = 0; i < 65536; i++) table[i] = hexPairCodes[i & 0xff] | (hexPairCodes[i >>> 8] << 16);
  return table;
}

// Two hex digit characters, read as one little-endian 16-bit unit, to their byte or -1.
let hexPairValue: Int16Array | undefined;

function buildHexPairValue(): Int16Array {
  const table = new Int16Array(65536).fill(-1);
  for (let hi = 0; hi < 128; hi++) {
    const a = hexDigitValue[hi];
    if (a < 0) continue;
    for (let lo = 0; lo < 128; lo++) {
      const b = hexDigitValue[lo];
      if (b >= 0) table[hi | (lo << 8)] = (a << 4) | b;
    }
  }
  return table;
}

/** Decodes digit pairs read as 16-bit units until one is not a pair; returns the bytes written. */
function hexPairs16(buf: Uint8Array, offset: number, units: Uint16Array, table: Int16Array): number {
  const n = units.length;
  for (let i = 0; i < n; i++) {
    const v = table[units[i]];
    if (v < 0) return i;
    buf[offset + i] = v;
  }
  return n;
}

/** Writes pairs of hex digits until the first pair that is not one; returns the bytes written. */
export function hexWrite(buf: Uint8Array, str: string, offset: number, length: number): number {
  let n = str.length >>> 1;
  if (n > length) n = length;
  if (n > kNativeHexFrom) {
    const native = natives()?.hexDecode;
    if (native !== undefined) return native(buf, str, offset, length);
  }
  if (n > kShortString) {
    const bytes = asciiBytes(str, 2 * n);
    if (bytes !== null) {
      return hexPairs16(buf, offset, new Uint16Array(bytes.buffer, 0, n), hexPairValue ??= buildHexPairValue());
    }
  }
  for (let i = 0; i < n; i++) {
    const hi = str.charCodeAt(2 * i);
    const lo = str.charCodeAt(2 * i + 1);
    const a = hi < 256 ? hexDigitValue[hi] : -1;
    const b = lo < 256 ? hexDigitValue[lo] : -1;
    if ((a | b) < 0) return i;
    buf[offset + i] = (a << 4) | b;
  }
  return n;
}

// ---- base64 and base64url ----

// Above these many bytes to encode or characters to decode, the host's native codec, where there
// is one, beats the loops here (see kNativeHexFrom).
const kNativeBase64From = 16;
const kNativeBase64DecodeFrom = 32;

const base64Chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const base64UrlChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
// 12 bits of input -> two output characters, packed little-endian for one Uint16 store.
const base64Pairs = new Uint16Array(4096);
const base64UrlPairs = new Uint16Array(4096);
// Both alphabets decode in either mode, as in Node; 255 marks a byte that is not a digit.
const base64Value = new Uint8Array(256).fill(255);
{
  for (let i = 0; i < 4096; i++) {
    base64Pairs[i] = base64Chars.charCodeAt(i >> 6) | (base64Chars.charCodeAt(i & 63) << 8);
    base64UrlPairs[i] = base64UrlChars.charCodeAt(i >> 6) | (base64UrlChars.charCodeAt(i & 63) << 8);
  }
  for (let i = 0; i < 64; i++) {
    base64Value[base64Chars.charCodeAt(i)] = i;
    base64Value[base64UrlChars.charCodeAt(i)] = i;
  }
}

export function base64ByteLength(str: string): number {
  let n = str.length;
  if (str.charCodeAt(n - 1) === 0x3d) n--;
  if (n > 1 && str.charCodeAt(n - 1) === 0x3d) n--;
  return (n * 3) >>> 2;
}

function base64Encode(buf: Uint8Array, start: number, end: number, url: boolean): string {
  const n = end - start;
  const whole = n - (n % 3);
  const pad = url ? 0 : 2;
  const outLen = (whole / 3) * 4 + (n % 3 === 0 ? 0 : n % 3 === 1 ? 2 + pad : 3 + pad / 2);
  if (outLen <= kShortString * 2) return base64EncodeShort(buf, start, end, url);
  const pairs = url ? base64UrlPairs : base64Pairs;
  const out = new Uint8Array(outLen + (outLen & 1));
  const out16 = new Uint16Array(out.buffer);
  let o = 0;
  let i = start;
  const stop = start + whole;
  for (; i < stop; i += 3) {
    const v = (buf[i] << 16) | (buf[i + 1] << 8) | buf[i + 2];
    out16[o++] = pairs[v >>> 12];
    out16[o++] = pairs[v & 4095];
  }
  let p = o * 2;
  const chars = url ? base64UrlChars : base64Chars;
  const rest = end - stop;
  if (rest === 1) {
    const v = buf[stop];
    out[p++] = chars.charCodeAt(v >> 2);
    out[p++] = chars.charCodeAt((v & 3) << 4);
    if (!url) { out[p++] = 0x3d; out[p++] = 0x3d; }
  } else if (rest === 2) {
    const v = (buf[stop] << 8) | buf[stop + 1];
    out[p++] = chars.charCodeAt(v >> 10);
    out[p++] = chars.charCodeAt((v >> 4) & 63);
    out[p++] = chars.charCodeAt((v & 15) << 2);
    if (!url) out[p++] = 0x3d;
  }
  return utf8Decoder.decode(out.subarray(0, outLen));
}

// 12 bits of input -> their two output characters as a string, built on first use.
let base64PairStrings: string[] | undefined;
let base64UrlPairStrings: string[] | undefined;

function buildPairStrings(chars: string): string[] {
  const table: string[] = [];
  for (let i = 0; i < 4096; i++) table.push(chars[i >> 6] + chars[i & 63]);
  return table;
}

/** Short input: joining two-character strings beats filling bytes and decoding them. */
function base64EncodeShort(buf: Uint8Array, start: number, end: number, url: boolean): string {
  const pairs = url ? base64UrlPairStrings ??= buildPairStrings(base64UrlChars) : base64PairStrings ??= buildPairStrings(base64Chars);
  const chars = url ? base64UrlChars : base64Chars;
  const stop = end - ((end - start) % 3);
  let s = '';
  for (let i = start; i < stop; i += 3) {
    const v = (buf[i] << 16) | (buf[i + 1] << 8) | buf[i + 2];
    s += pairs[v >>> 12] + pairs[v & 4095];
  }
  const rest = end - stop;
  if (rest === 1) {
    const v = buf[stop];
    s += chars[v >> 2] + chars[(v & 3) << 4];
    if (!url) s += '==';
  } else if (rest === 2) {
    const v = (buf[stop] << 8) | buf[stop + 1];
    s += chars[v >> 10] + chars[(v >> 4) & 63] + chars[(v & 15) << 2];
    if (!url) s += '=';
  }
  return s;
}

export function base64Slice(buf: Uint8Array, start: number, end: number): string {
  if (end - start > kNativeBase64From) {
    const native = natives()?.base64Encode;
    if (native !== undefined) return native(buf, start, end);
  }
  return base64Encode(buf, start, end, false);
}

export function base64urlSlice(buf: Uint8Array, start: number, end: number): string {
  if (end - start > kNativeBase64From) {
    const native = natives()?.base64urlEncode;
    if (native !== undefined) return native(buf, start, end);
  }
  return base64Encode(buf, start, end, true);
}

/** How many bytes Node's decoder will produce at most for `size` characters of `str`. */
function base64DecodedSize(str: string, size: number): number {
  if (size < 2) return 0;
  if (str.charCodeAt(size - 1) === 0x3d) {
    size--;
    if (str.charCodeAt(size - 1) === 0x3d) size--;
  }
  const rem = size % 4;
  let out = ((size - rem) / 4) * 3;
  if (rem !== 0 && !(out === 0 && rem === 1)) out += rem === 3 ? 2 : 1;
  return out;
}

// Two base64 digits of either alphabet, read as one little-endian 16-bit unit, to their 12 bits
// or -1.
let base64PairValue: Int16Array | undefined;

function buildBase64PairValue(): Int16Array {
  const table = new Int16Array(65536).fill(-1);
  for (let hi = 0; hi < 128; hi++) {
    const a = base64Value[hi];
    if (a === 255) continue;
    for (let lo = 0; lo < 128; lo++) {
      const b = base64Value[lo];
      if (b !== 255) table[hi | (lo << 8)] = (a << 6) | b;
    }
  }
  return table;
}

/**
 * Node's forgiving base64 decoder: characters outside both alphabets are skipped, '=' ends the
 * input, and a UTF-16 code unit counts by its low byte only.
 */
export function base64Write(buf: Uint8Array, str: string, offset: number, length: number): number {
  const srcLen = str.length;
  if (srcLen > kNativeBase64DecodeFrom) {
    const native = natives()?.base64Decode;
    if (native !== undefined) return native(buf, str, offset, length);
  }
  const decoded = base64DecodedSize(str, srcLen);
  const available = length < decoded ? length : decoded;
  const maxK = available - (available % 3);
  let maxI = srcLen - (srcLen % 4);
  let i = 0;
  let k = 0;
  const bytes = srcLen > kShortString * 2 ? asciiBytes(str, srcLen) : null;
  const units = bytes === null ? null : new Uint16Array(bytes.buffer, 0, srcLen >>> 1);
  const table = units === null ? undefined : base64PairValue ??= buildBase64PairValue();
  if (units !== null) {
    const groups = base64Groups(buf, offset, units, table!, maxI < (maxK / 3) * 4 ? maxI >>> 2 : maxK / 3);
    i = groups * 4;
    k = groups * 3;
  }
  while (i < maxI && k < maxK) {
    if (units !== null && (i & 1) === 0) {
      // The common case: four digits, as two pairs, give three bytes.
      const hi = table![units[i >>> 1]];
      const lo = table![units[(i >>> 1) + 1]];
      if ((hi | lo) >= 0) {
        buf[offset + k] = hi >>> 4;
        buf[offset + k + 1] = ((hi & 15) << 4) | (lo >>> 8);
        buf[offset + k + 2] = lo & 0xff;
        i += 4;
        k += 3;
        continue;
      }
    }
    const a = base64Value[str.charCodeAt(i) & 0xff];
    const b = base64Value[str.charCodeAt(i + 1) & 0xff];
    const c = base64Value[str.charCodeAt(i + 2) & 0xff];
    const d = base64Value[str.charCodeAt(i + 3) & 0xff];
    if ((a | b | c | d) & 0x80) {
      const next = base64SlowGroup(buf, offset, length, str, i, k);
      if (next < 0) return _slowK;
      i = next;
      k = _slowK;
      maxI = i + (srcLen - i) - ((srcLen - i) % 4);
    } else {
      buf[offset + k] = (a << 2) | (b >> 4);
      buf[offset + k + 1] = ((b & 15) << 4) | (c >> 2);
      buf[offset + k + 2] = ((c & 3) << 6) | d;
      i += 4;
      k += 3;
    }
  }
  if (i < srcLen && k < length) {
    base64SlowGroup(buf, offset, length, str, i, k);
    return _slowK;
  }
  return k;
}

/** Decodes whole groups of four digits from the start until one is not; returns the groups done. */
function base64Groups(buf: Uint8Array, offset: number, units: Uint16Array, table: Int16Array, groups: number): number {
  for (let g = 0; g < groups; g++) {
    const hi = table[units[2 * g]];
    const lo = table[units[2 * g + 1]];
    if ((hi | lo) < 0) return g;
    const k = offset + 3 * g;
    buf[k] = hi >>> 4;
    buf[k + 1] = ((hi & 15) << 4) | (lo >>> 8);
    buf[k + 2] = lo & 0xff;
  }
  return groups;
}

// Output count of the last base64SlowGroup call; a module slot avoids allocating a result object.
let _slowK = 0;

/** Decodes one group of four digits, skipping junk; returns the next index, or -1 to stop. */
function base64SlowGroup(buf: Uint8Array, offset: number, dstLen: number, str: string, i: number, k: number): number {
  const srcLen = str.length;
  let hi = 0;
  for (let step = 0; step < 4; step++) {
    let lo: number;
    for (;;) {
      const c = str.charCodeAt(i) & 0xff;
      lo = base64Value[c];
      i++;
      if (lo < 64) break;
      if (c === 0x3d || i >= srcLen) {
        _slowK = k;
        return -1;
      }
    }
    if (step === 1) buf[offset + k++] = ((hi & 0x3f) << 2) | ((lo & 0x30) >> 4);
    else if (step === 2) buf[offset + k++] = ((hi & 0x0f) << 4) | ((lo & 0x3c) >> 2);
    else if (step === 3) buf[offset + k++] = ((hi & 0x03) << 6) | (lo & 0x3f);
    if (i >= srcLen || k >= dstLen) {
      _slowK = k;
      return -1;
    }
    hi = lo;
  }
  _slowK = k;
  return i;
}

// ---- per-encoding tables ----

export interface EncodingOps {
  byteLength(str: string): number;
  write(buf: Uint8Array, str: string, offset: number, length: number): number;
  slice(buf: Uint8Array, start: number, end: number): string;
  /** All of a large `str` decoded into new memory by the host, or undefined where it cannot. */
  decodeToNew?(str: string): Uint8Array | undefined;
}

const base64ToNew = (str: string): Uint8Array | undefined => natives()?.decodeToNew?.(str, 'base64');
const hexToNew = (str: string): Uint8Array | undefined => natives()?.decodeToNew?.(str, 'hex');

const stringLength = (str: string): number => str.length;

export const encodingOps: Record<Encoding, EncodingOps> = {
  utf8: { byteLength: utf8ByteLength, write: utf8Write, slice: utf8Slice },
  utf16le: { byteLength: (str) => str.length * 2, write: ucs2Write, slice: ucs2Slice },
  latin1: { byteLength: stringLength, write: latin1Write, slice: latin1Slice },
  ascii: { byteLength: stringLength, write: latin1Write, slice: asciiSlice },
  hex: { byteLength: (str) => str.length >>> 1, write: hexWrite, slice: hexSlice, decodeToNew: hexToNew },
  base64: { byteLength: base64ByteLength, write: base64Write, slice: base64Slice, decodeToNew: base64ToNew },
  base64url: { byteLength: base64ByteLength, write: base64Write, slice: base64urlSlice, decodeToNew: base64ToNew },
};
