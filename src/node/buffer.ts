// node layer: Node's `buffer` module — Buffer (a Uint8Array subclass with Node's pool and API),
// SlowBuffer, the module constants, atob/btoa, isUtf8/isAscii and transcode.
import { nodeError, type NodeError } from './internal/errors.js';
import { validateArray, validateInteger, validateNumber, validateString } from './internal/validators.js';
import { emitWarning } from './internal/process/warning.js';
import { inspect as utilInspect } from './internal/util/inspect.js';
import {
  encodingOps, lookupEncoding, normalizeEncoding, utf8ByteLength, utf8Encode, utf8Slice, utf8Write,
  latin1Write, asciiSlice, latin1Slice, ucs2Slice, ucs2Write, hexSlice, hexWrite, base64Slice,
  base64urlSlice, base64Write, unknownEncoding, type Encoding, type EncodingOps,
} from './internal/buffer/encoding.js';
import { getInspectMaxBytes } from './internal/buffer/options.js';

export const kMaxLength = 2 ** 32;
export const kStringMaxLength = 536870888;
export const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };
export const INSPECT_MAX_BYTES = 50;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const hasShared = typeof SharedArrayBuffer !== 'undefined';
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype) as object;
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag)!.get! as (this: unknown) => string | undefined;
const arrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength')!.get!;
const sharedByteLength = hasShared ? Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength')!.get! : undefined;
const objectToString = Object.prototype.toString;
// Buffer overrides some typed array methods; internal code calls the engine's own.
const typedProto = TypedArrayPrototype as Uint8Array;
const typedIndexOf = typedProto.indexOf;
const typedLastIndexOf = typedProto.lastIndexOf;
const typedFill = typedProto.fill;

function isUint8Array(value: unknown): value is Uint8Array {
  return ArrayBuffer.isView(value) && typedArrayTag.call(value) === 'Uint8Array';
}

function isTypedArray(value: unknown): value is Uint8Array {
  return ArrayBuffer.isView(value) && typedArrayTag.call(value) !== undefined;
}

function hasBrand(getter: Function | undefined, value: unknown): boolean {
  if (getter === undefined) return false;
  try {
    getter.call(value);
    return true;
  } catch {
    return false;
  }
}

function isAnyArrayBuffer(value: unknown): value is ArrayBuffer | SharedArrayBuffer {
  if (value instanceof ArrayBuffer || (hasShared && value instanceof SharedArrayBuffer)) return true;
  if (value === null || typeof value !== 'object') return false;
  const tag = objectToString.call(value);
  if (tag === '[object ArrayBuffer]') return hasBrand(arrayBufferByteLength, value);
  if (tag === '[object SharedArrayBuffer]') return hasBrand(sharedByteLength, value);
  return false;
}

/** Node raises some errors with a fixed text under a code whose usual message differs. */
function withMessage<T extends NodeError>(err: T, message: string): T {
  const old = err.message;
  err.message = message;
  if (typeof err.stack === 'string') err.stack = err.stack.replace(old, message);
  return err;
}

const argumentMustBeString = (): NodeError =>
  withMessage(nodeError('ERR_INVALID_ARG_TYPE', 'argument', 'string', ''), 'argument must be a string');
const indexOutOfRange = (): NodeError => withMessage(nodeError('ERR_OUT_OF_RANGE', 'index', '', 0), 'Index out of range');

// ---- the FastBuffer class and the Buffer function that shares its prototype ----

// An anonymous class: giving a typed-array subclass its name after creation (as the bundler's
// keep-names pass or a computed key does) turns its map into an unstable dictionary map, and V8
// then never optimizes `new FastBuffer` (measured: allocUnsafe(64) ~500 ns against ~40 ns).
// Programs never see this class's name: `buf.constructor` is Buffer.
const FastBuffer = (() => class extends Uint8Array {
  // Same arity as the typed array constructor, so (buffer, byteOffset, length) views work.
  constructor(bufferOrLength?: number | ArrayBufferLike | ArrayLike<number>, byteOffset?: number, length?: number) {
    super(bufferOrLength as ArrayBuffer, byteOffset, length);
  }
})();
type FastBuffer = InstanceType<typeof FastBuffer>;

// Methods are attached to the prototype below, so their callers see them loosely typed.
type AnyBuffer = Omit<FastBuffer, 'indexOf' | 'subarray'> & Record<string, any>;

let bufferWarningEmitted = false;

function showDeprecation(): void {
  if (bufferWarningEmitted) return;
  // Node stays quiet when the caller is a dependency: look at the frame that called Buffer().
  const frames = (new Error().stack ?? '').split('\n');
  const caller = frames[3] ?? '';
  if (caller.includes('/node_modules/') || caller.includes('\\node_modules\\')) return;
  bufferWarningEmitted = true;
  emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
    'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
}

function BufferFn(arg: unknown, encodingOrOffset?: unknown, length?: unknown): FastBuffer {
  showDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw nodeError('ERR_INVALID_ARG_TYPE', 'string', 'string', arg);
    return alloc(arg);
  }
  return from(arg, encodingOrOffset, length);
}
Object.defineProperty(BufferFn, 'name', { value: 'Buffer' });

const B = BufferFn as unknown as Record<string, any> & { prototype: AnyBuffer };
B.prototype = FastBuffer.prototype as AnyBuffer;
Object.defineProperty(FastBuffer.prototype, 'constructor', { value: BufferFn, writable: true, configurable: true, enumerable: false });
Object.setPrototypeOf(BufferFn, Uint8Array);
Object.defineProperty(BufferFn, Symbol.species, { get: () => FastBuffer, configurable: true });

B.poolSize = 8192;

// ---- the allocation pool ----

let poolSize = 0;
let poolOffset = 0;
let allocPool: ArrayBuffer = new ArrayBuffer(0);
// A view of the whole pool, so string encoders write in place without a view per call.
let allocBytes = new Uint8Array(0);

function createPool(): void {
  poolSize = B.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  allocBytes = new Uint8Array(allocPool);
  poolOffset = 0;
}
createPool();

function alignPool(): void {
  // Keep every pooled slice 8-byte aligned, as Node does.
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function allocate(size: number): FastBuffer {
  if (size <= 0) return new FastBuffer();
  if (size < B.poolSize >>> 1) {
    if (size > poolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return new FastBuffer(size);
}

function fromStringFast(str: string, ops: EncodingOps): FastBuffer {
  const half = B.poolSize >>> 1;
  // Node decides with cheap bounds first: a string's length is a floor on its byte count, and
  // four bytes per unit a ceiling; the exact count is taken only between the two.
  if (str.length >= half) {
    if (ops === encodingOps.utf8) {
      const bytes = utf8Encode(str);
      return new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.length);
    }
    return createFromString(str, ops, ops.byteLength(str));
  }
  let length = str.length * 4;
  if (length >= half) length = ops.byteLength(str);
  if (length >= half) return createFromString(str, ops, length);
  if (length > poolSize - poolOffset) createPool();
  const actual = ops.write(allocBytes, str, poolOffset, length);
  const b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function createFromString(str: string, ops: EncodingOps, length: number): FastBuffer {
  const decoded = ops.decodeToNew?.(str);
  if (decoded !== undefined) return new FastBuffer(decoded.buffer, decoded.byteOffset, decoded.length);
  const buf = new FastBuffer(length);
  const actual = ops.write(buf, str, 0, length);
  return actual < length ? new FastBuffer(buf.buffer, 0, actual) : buf;
}

function fromString(str: string, encoding: unknown): FastBuffer {
  let ops: EncodingOps;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (str.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    const enc = lookupEncoding(encoding);
    if (enc === undefined) throw unknownEncoding(encoding);
    if (str.length === 0) return new FastBuffer();
    ops = encodingOps[enc];
  }
  return fromStringFast(str, ops);
}

function fromArrayLike(obj: ArrayLike<number>): FastBuffer {
  if (obj.length <= 0) return new FastBuffer();
  if (obj.length < B.poolSize >>> 1) {
    if (obj.length > poolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, obj.length);
    b.set(obj, 0);
    poolOffset += obj.length;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

function fromArrayBuffer(obj: ArrayBufferLike, byteOffset: unknown, length: unknown): FastBuffer {
  let offset: number;
  if (byteOffset === undefined) offset = 0;
  else {
    offset = +(byteOffset as number);
    if (Number.isNaN(offset)) offset = 0;
  }
  const maxLength = obj.byteLength - offset;
  if (maxLength < 0) throw nodeError('ERR_BUFFER_OUT_OF_BOUNDS', 'offset');
  let len: number;
  if (length === undefined) len = maxLength;
  else {
    len = +(length as number);
    if (len > 0) {
      if (len > maxLength) throw nodeError('ERR_BUFFER_OUT_OF_BOUNDS', 'length');
    } else len = 0;
  }
  return new FastBuffer(obj, offset, len);
}

function fromObject(obj: Record<string, any>): FastBuffer | undefined {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj as ArrayLike<number>);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

function from(value: unknown, encodingOrOffset?: unknown, length?: unknown): FastBuffer {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const obj = value as Record<string | symbol, any>;
    const valueOf = obj.valueOf && obj.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(obj);
    if (b) return b;
    if (typeof obj[Symbol.toPrimitive] === 'function') {
      const primitive = obj[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw nodeError('ERR_INVALID_ARG_TYPE', 'first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
}

function alloc(size: unknown, fill?: unknown, encoding?: unknown): FastBuffer {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = new FastBuffer(size);
    return fillImpl(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
}

const validateOffset = (value: unknown, name: string, min = 0, max = kMaxLength): void => validateInteger(value, name, min, max);

B.from = from;

B.copyBytesFrom = function copyBytesFrom(view: unknown, offset?: unknown, length?: unknown): FastBuffer {
  if (!isTypedArray(view)) throw nodeError('ERR_INVALID_ARG_TYPE', 'view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return alloc(0);
  let source: ArrayBufferView = view;
  if (offset !== undefined || length !== undefined) {
    let start = 0;
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return alloc(0);
      start = offset;
    }
    let end: number;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = start + length;
    } else end = viewLength;
    source = view.slice(start, end);
  }
  return fromArrayLike(new Uint8Array(source.buffer, source.byteOffset, source.byteLength));
};

B.of = (...items: number[]): FastBuffer => {
  const buf = new FastBuffer(items.length);
  for (let k = 0; k < items.length; k++) buf[k] = items[k];
  return buf;
};
Object.defineProperty(B.of, 'name', { value: 'of' });

B.alloc = alloc;

B.allocUnsafe = function allocUnsafe(size: unknown): FastBuffer {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

B.allocUnsafeSlow = function allocUnsafeSlow(size: unknown): FastBuffer {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
};

B.isBuffer = function isBuffer(b: unknown): boolean {
  return b instanceof FastBuffer;
};

function compareBytes(a: Uint8Array, aStart: number, aEnd: number, b: Uint8Array, bStart: number, bEnd: number): number {
  const aLen = aEnd - aStart;
  const bLen = bEnd - bStart;
  const n = aLen < bLen ? aLen : bLen;
  for (let i = 0; i < n; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  return aLen > bLen ? 1 : aLen < bLen ? -1 : 0;
}

B.compare = function compare(buf1: unknown, buf2: unknown): number {
  if (!isUint8Array(buf1)) throw nodeError('ERR_INVALID_ARG_TYPE', 'buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw nodeError('ERR_INVALID_ARG_TYPE', 'buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return compareBytes(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

B.isEncoding = function isEncoding(encoding: unknown): boolean {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};

function copyActual(source: Uint8Array, target: Uint8Array, targetStart: number, sourceStart: number, sourceEnd: number): number {
  if (sourceEnd - sourceStart > target.byteLength - targetStart) sourceEnd = sourceStart + target.byteLength - targetStart;
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.byteLength - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  if (sourceStart === 0 && nb === source.length) target.set(source, targetStart);
  else target.set(new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb), targetStart);
  return nb;
}

B.concat = function concat(list: unknown, length?: unknown): FastBuffer {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  let total: number;
  if (length === undefined) {
    total = 0;
    for (let i = 0; i < list.length; i++) {
      const n = (list[i] as { length?: number }).length;
      if (n) total += n;
    }
  } else {
    validateOffset(length, 'length');
    total = length as number;
  }
  const buffer = allocate(total);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) throw nodeError('ERR_INVALID_ARG_TYPE', `list[${i}]`, ['Buffer', 'Uint8Array'], buf);
    pos += copyActual(buf, buffer, pos, 0, buf.length);
  }
  if (pos < total) typedFill.call(buffer, 0, pos, total);
  return buffer;
};

function byteLength(string: unknown, encoding?: unknown): number {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw nodeError('ERR_INVALID_ARG_TYPE', 'string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0) return 0;
  if (!encoding) return utf8ByteLength(string);
  const enc = lookupEncoding(encoding);
  return enc === undefined ? utf8ByteLength(string) : encodingOps[enc].byteLength(string);
}
B.byteLength = byteLength;

// ---- instance methods ----

const proto = B.prototype as Record<string, any>;

function encodingOf(name: unknown): EncodingOps {
  const enc = lookupEncoding(name);
  if (enc === undefined) throw unknownEncoding(name);
  return encodingOps[enc];
}

/** C++-style index argument: undefined takes the default, negatives are out of range. */
function parseIndex(value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Math.trunc(+(value as number)) || 0;
  if (n < 0) throw indexOutOfRange();
  return n;
}

function defineSlice(name: string, slice: (buf: Uint8Array, start: number, end: number) => string): void {
  proto[name] = {
    // Native in Node, so declared without parameters: their length is 0.
    [name](this: Uint8Array, ...args: unknown[]): string {
      const start = args[0];
      const end = args[1];
      const len = this.length;
      if (len === 0) return '';
      const s = parseIndex(start, 0);
      let e = parseIndex(end, len);
      if (e < s) e = s;
      if (e > len) throw indexOutOfRange();
      return slice(this, s, e);
    },
  }[name];
}

function defineWrite(name: string, write: (buf: Uint8Array, str: string, offset: number, length: number) => number): void {
  proto[name] = {
    [name](this: Uint8Array, ...args: unknown[]): number {
      const string = args[0];
      const offset = args[1];
      const length = args[2];
      if (typeof string !== 'string') throw argumentMustBeString();
      const len = this.length;
      const o = parseIndex(offset, 0);
      if (o > len) throw nodeError('ERR_BUFFER_OUT_OF_BOUNDS', 'offset');
      let max = parseIndex(length, len - o);
      if (max > len - o) max = len - o;
      if (max === 0) return 0;
      return write(this, string, o, max);
    },
  }[name];
}

const numericMethods: Record<string, Function> = {
  readBigUInt64LE, readBigUInt64BE, readBigInt64LE, readBigInt64BE,
  writeBigUInt64LE, writeBigUInt64BE, writeBigInt64LE, writeBigInt64BE,
  readUIntLE, readUInt32LE, readUInt16LE, readUInt8, readUIntBE, readUInt32BE, readUInt16BE,
  readIntLE, readInt32LE, readInt16LE, readInt8, readIntBE, readInt32BE, readInt16BE,
  writeUIntLE, writeUInt32LE, writeUInt16LE, writeUInt8, writeUIntBE, writeUInt32BE, writeUInt16BE,
  writeIntLE, writeInt32LE, writeInt16LE, writeInt8, writeIntBE, writeInt32BE, writeInt16BE,
  readFloatLE, readFloatBE, readDoubleLE, readDoubleBE,
  writeFloatLE, writeFloatBE, writeDoubleLE, writeDoubleBE,
};
// Node's order, which Object.getOwnPropertyNames shows: each "UInt" group, then its "Uint" aliases
// (the same function objects).
const numericOrder = [
  'readBigUInt64LE readBigUInt64BE readBigUint64LE readBigUint64BE readBigInt64LE readBigInt64BE',
  'writeBigUInt64LE writeBigUInt64BE writeBigUint64LE writeBigUint64BE writeBigInt64LE writeBigInt64BE',
  'readUIntLE readUInt32LE readUInt16LE readUInt8 readUIntBE readUInt32BE readUInt16BE',
  'readUintLE readUint32LE readUint16LE readUint8 readUintBE readUint32BE readUint16BE',
  'readIntLE readInt32LE readInt16LE readInt8 readIntBE readInt32BE readInt16BE',
  'writeUIntLE writeUInt32LE writeUInt16LE writeUInt8 writeUIntBE writeUInt32BE writeUInt16BE',
  'writeUintLE writeUint32LE writeUint16LE writeUint8 writeUintBE writeUint32BE writeUint16BE',
  'writeIntLE writeInt32LE writeInt16LE writeInt8 writeIntBE writeInt32BE writeInt16BE',
  'readFloatLE readFloatBE readDoubleLE readDoubleBE writeFloatLE writeFloatBE writeDoubleLE writeDoubleBE',
].join(' ').split(' ');
for (const name of numericOrder) proto[name] = numericMethods[name.replace('Uint', 'UInt')];

defineSlice('asciiSlice', asciiSlice);
defineSlice('base64Slice', base64Slice);
defineSlice('base64urlSlice', base64urlSlice);
defineSlice('latin1Slice', latin1Slice);
defineSlice('hexSlice', hexSlice);
defineSlice('ucs2Slice', ucs2Slice);
defineSlice('utf8Slice', utf8Slice);
defineWrite('asciiWrite', latin1Write);
defineWrite('base64Write', base64Write);
defineWrite('base64urlWrite', base64Write);
defineWrite('latin1Write', latin1Write);
defineWrite('hexWrite', hexWrite);
defineWrite('ucs2Write', ucs2Write);
defineWrite('utf8Write', utf8Write);

Object.defineProperty(proto, 'parent', {
  enumerable: true,
  get(this: unknown) {
    if (!(this instanceof FastBuffer)) return undefined;
    return this.buffer;
  },
});

Object.defineProperty(proto, 'offset', {
  enumerable: true,
  get(this: unknown) {
    if (!(this instanceof FastBuffer)) return undefined;
    return this.byteOffset;
  },
});

/** Node's toInteger for copy(): NaN and unsafe values fall back to the default. */
function toInteger(n: unknown, fallback: number): number {
  const v = +(n as number);
  if (!Number.isNaN(v) && v >= Number.MIN_SAFE_INTEGER && v <= Number.MAX_SAFE_INTEGER) return v % 1 === 0 ? v : Math.floor(v);
  return fallback;
}

function copyImpl(source: unknown, target: unknown, targetStart: unknown, sourceStart: unknown, sourceEnd: unknown): number {
  if (!isUint8Array(source)) throw nodeError('ERR_INVALID_ARG_TYPE', 'source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw nodeError('ERR_INVALID_ARG_TYPE', 'target', ['Buffer', 'Uint8Array'], target);
  let tStart: number;
  if (targetStart === undefined) tStart = 0;
  else {
    tStart = Number.isInteger(targetStart) ? (targetStart as number) : toInteger(targetStart, 0);
    if (tStart < 0) throw nodeError('ERR_OUT_OF_RANGE', 'targetStart', '>= 0', targetStart);
  }
  let sStart: number;
  if (sourceStart === undefined) sStart = 0;
  else {
    sStart = Number.isInteger(sourceStart) ? (sourceStart as number) : toInteger(sourceStart, 0);
    if (sStart < 0 || sStart > source.byteLength) {
      throw nodeError('ERR_OUT_OF_RANGE', 'sourceStart', `>= 0 && <= ${source.byteLength}`, sourceStart);
    }
  }
  let sEnd: number;
  if (sourceEnd === undefined) sEnd = source.byteLength;
  else {
    sEnd = Number.isInteger(sourceEnd) ? (sourceEnd as number) : toInteger(sourceEnd, 0);
    if (sEnd < 0) throw nodeError('ERR_OUT_OF_RANGE', 'sourceEnd', '>= 0', sourceEnd);
  }
  if (tStart >= target.byteLength || sStart >= sEnd) return 0;
  return copyActual(source, target, tStart, sStart, sEnd);
}

proto.copy = function copy(this: Uint8Array, target: unknown, targetStart?: unknown, sourceStart?: unknown, sourceEnd?: unknown): number {
  return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
};

proto.toString = function toString(this: Uint8Array, encoding?: unknown, start?: unknown, end?: unknown): string {
  if (arguments.length === 0) return utf8Slice(this, 0, this.length);
  const len = this.length;
  let s: number;
  if ((start as number) <= 0) s = 0;
  else if ((start as number) >= len) return '';
  else s = Math.trunc(start as number) || 0;
  let e: number;
  if (end === undefined || (end as number) > len) e = len;
  else e = Math.trunc(end as number) || 0;
  if (e <= s) return '';
  if (encoding === undefined) return utf8Slice(this, s, e);
  return encodingOf(encoding).slice(this, s, e);
};

proto.equals = function equals(this: Uint8Array, otherBuffer: unknown): boolean {
  if (!isUint8Array(otherBuffer)) throw nodeError('ERR_INVALID_ARG_TYPE', 'otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  if (this === otherBuffer) return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || compareBytes(this, 0, len, otherBuffer, 0, len) === 0;
};

function inspectBuffer(this: Uint8Array, _recurseTimes: unknown, ctx?: Record<string, unknown>): string {
  const max = getInspectMaxBytes();
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = '';
  for (let i = 0; i < actualMax; i++) str += (i === 0 ? '' : ' ') + hexSlice(this, i, i + 1);
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    const extras: Record<string | symbol, unknown> = Object.create(null);
    let any = false;
    for (const key of Reflect.ownKeys(this)) {
      if (typeof key === 'string' && isArrayIndex(key)) continue;
      if (!ctx.showHidden && !Object.prototype.propertyIsEnumerable.call(this, key)) continue;
      any = true;
      extras[key] = (this as unknown as Record<string | symbol, unknown>)[key];
    }
    if (any) {
      if (this.length !== 0) str += ', ';
      // Drop the "[Object: null prototype] {" head and the " }" tail of the record's rendering.
      str += utilInspect(extras, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${(this.constructor as { name: string }).name} ${str}>`;
}

function isArrayIndex(key: string): boolean {
  const n = Number(key);
  return Number.isInteger(n) && n >= 0 && String(n) === key;
}

proto.inspect = inspectBuffer;
Object.defineProperty(inspectBuffer, 'name', { value: 'inspect' });
proto[customInspectSymbol as unknown as string] = inspectBuffer;

proto.compare = function compare(this: Uint8Array, target: unknown, targetStart?: unknown, targetEnd?: unknown, sourceStart?: unknown, sourceEnd?: unknown): number {
  if (!isUint8Array(target)) throw nodeError('ERR_INVALID_ARG_TYPE', 'target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return compareBytes(this, 0, this.length, target, 0, target.length);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  const ts = targetStart as number;
  const te = targetEnd as number;
  const ss = sourceStart as number;
  const se = sourceEnd as number;
  if (ss >= se) return ts >= te ? 0 : -1;
  if (ts >= te) return 1;
  return compareBytes(this, ss, se, target, ts, te);
};

// ---- searching ----

/** Where a search of `needleLength` bytes starts, as Node computes it; -1 means no match. */
function indexOfOffset(length: number, offset: number, needleLength: number, forward: boolean): number {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

/** Finds `needle` (in `unit`-byte code units) at or after/before `start`, in units. */
function searchUnits(hay: Uint8Array | Uint16Array, needle: Uint8Array | Uint16Array, start: number, forward: boolean): number {
  const hayLen = hay.length;
  const nLen = needle.length;
  const diff = hayLen - nLen;
  const first = needle[0];
  if (forward) {
    let pos = start;
    while (pos <= diff) {
      pos = typedIndexOf.call(hay, first, pos);
      if (pos === -1 || pos > diff) return -1;
      let j = 1;
      while (j < nLen && hay[pos + j] === needle[j]) j++;
      if (j === nLen) return pos;
      pos++;
    }
    return -1;
  }
  let pos = start > diff ? diff : start;
  while (pos >= 0) {
    pos = typedLastIndexOf.call(hay, first, pos);
    if (pos === -1) return -1;
    let j = 1;
    while (j < nLen && hay[pos + j] === needle[j]) j++;
    if (j === nLen) return pos;
    pos--;
  }
  return -1;
}

function toUnits16(buf: Uint8Array, units: number): Uint16Array {
  const out = new Uint16Array(units);
  for (let i = 0; i < units; i++) out[i] = buf[2 * i] | (buf[2 * i + 1] << 8);
  return out;
}

function indexOfBytes(buffer: Uint8Array, needle: Uint8Array, byteOffset: number, ucs2: boolean, forward: boolean): number {
  const hayLen = buffer.length;
  const nLen = needle.length;
  const opt = indexOfOffset(hayLen, byteOffset, nLen, forward);
  if (nLen === 0) return opt;
  if (hayLen === 0 || opt <= -1) return -1;
  if ((forward && nLen + opt > hayLen) || nLen > hayLen) return -1;
  if (ucs2) {
    if (hayLen < 2 || nLen < 2) return -1;
    const units = hayLen >>> 1;
    const found = searchUnits(toUnits16(buffer, units), toUnits16(needle, nLen >>> 1), opt >>> 1, forward);
    // Node reports a miss as the unit count times two, which only reads as -1 for an even
    // haystack: an odd one reports its length minus one.
    const result = found === -1 ? units * 2 : found * 2;
    return result === hayLen ? -1 : result;
  }
  return searchUnits(buffer, needle, opt, forward);
}

function indexOfString(buffer: Uint8Array, val: string, byteOffset: number, enc: Encoding, forward: boolean): number {
  if (enc === 'utf16le') {
    // Node searches whole UTF-16 units only: an odd trailing byte is not part of the haystack.
    const hayLen = buffer.length & ~1;
    const nLen = val.length * 2;
    const opt = indexOfOffset(hayLen, byteOffset, nLen, forward);
    if (nLen === 0) return opt;
    if (hayLen === 0 || opt <= -1) return -1;
    if ((forward && nLen + opt > hayLen) || nLen > hayLen) return -1;
    if (hayLen < 2) return -1;
    const needle = new Uint16Array(val.length);
    for (let i = 0; i < val.length; i++) needle[i] = val.charCodeAt(i);
    const found = searchUnits(toUnits16(buffer, hayLen >>> 1), needle, opt >>> 1, forward);
    return found === -1 ? -1 : found * 2;
  }
  let needle: Uint8Array;
  if (enc === 'latin1') {
    needle = new Uint8Array(val.length);
    for (let i = 0; i < val.length; i++) needle[i] = val.charCodeAt(i);
  } else needle = utf8Encode(val);
  return indexOfBytes(buffer, needle, byteOffset, false, forward);
}

function bidirectionalIndexOf(buffer: Uint8Array, val: unknown, byteOffset: unknown, encoding: unknown, forward: boolean): number {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if ((byteOffset as number) > 0x7fffffff) byteOffset = 0x7fffffff;
  else if ((byteOffset as number) < -0x80000000) byteOffset = -0x80000000;
  let offset = +(byteOffset as number);
  if (Number.isNaN(offset)) offset = forward ? 0 : buffer.length || buffer.byteLength;
  offset = Math.trunc(offset);

  if (typeof val === 'number') {
    const opt = indexOfOffset(buffer.length, offset, 1, forward);
    if (opt <= -1 || buffer.length === 0) return -1;
    const byte = (val >>> 0) & 0xff;
    return forward ? typedIndexOf.call(buffer, byte, opt) : typedLastIndexOf.call(buffer, byte, opt);
  }

  const enc = encoding === undefined ? 'utf8' : lookupEncoding(encoding);
  if (typeof val === 'string') {
    if (enc === undefined) throw unknownEncoding(encoding);
    if (enc === 'utf8' || enc === 'utf16le' || enc === 'latin1') return indexOfString(buffer, val, offset, enc, forward);
    return indexOfBytes(buffer, fromStringFast(val, encodingOps[enc]), offset, false, forward);
  }
  if (isUint8Array(val)) return indexOfBytes(buffer, val, offset, enc === 'utf16le', forward);
  throw nodeError('ERR_INVALID_ARG_TYPE', 'value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

proto.indexOf = function indexOf(this: Uint8Array, val: unknown, byteOffset?: unknown, encoding?: unknown): number {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

proto.lastIndexOf = function lastIndexOf(this: Uint8Array, val: unknown, byteOffset?: unknown, encoding?: unknown): number {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

proto.includes = function includes(this: AnyBuffer, val: unknown, byteOffset?: unknown, encoding?: unknown): boolean {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

// ---- fill ----

/** Writes the fill pattern once at `start`, returning its length (0: nothing could be written). */
function writePattern(buf: Uint8Array, value: unknown, start: number, fillLength: number, encoding: unknown): number {
  if (ArrayBuffer.isView(value)) {
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    buf.set(bytes.length > fillLength ? bytes.subarray(0, fillLength) : bytes, start);
    return bytes.length;
  }
  const str = value as string;
  const enc = normalizeEncoding(encoding) as Encoding;
  let bytes: Uint8Array;
  if (enc === 'utf8') bytes = utf8Encode(str);
  else if (enc === 'utf16le') {
    bytes = new Uint8Array(str.length * 2);
    ucs2Write(bytes, str, 0, bytes.length);
  } else return encodingOps[enc].write(buf, str, start, fillLength);
  buf.set(bytes.length > fillLength ? bytes.subarray(0, fillLength) : bytes, start);
  return bytes.length;
}

function fillImpl(buf: Uint8Array, value: unknown, offset: unknown, end: unknown, encoding: unknown): FastBuffer {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const enc = normalizeEncoding(encoding);
    if (enc === undefined) {
      validateString(encoding, 'encoding');
      throw unknownEncoding(encoding);
    }
    if (value.length === 0) value = 0;
    else if (value.length === 1) {
      if (enc === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (enc === 'latin1') value = value.charCodeAt(0);
    }
  } else encoding = undefined;

  let start: number;
  let stop: number;
  if (offset === undefined) {
    start = 0;
    stop = buf.length;
  } else {
    validateOffset(offset, 'offset');
    start = offset as number;
    if (end === undefined) stop = buf.length;
    else {
      validateOffset(end, 'end', 0, buf.length);
      stop = end as number;
    }
    if (start >= stop) return buf as FastBuffer;
  }

  if (typeof value === 'number') {
    typedFill.call(buf, value, start, stop);
    return buf as FastBuffer;
  }
  const fillLength = stop - start;
  if (typeof value !== 'string' && !ArrayBuffer.isView(value)) {
    typedFill.call(buf, (+(value as number) >>> 0) & 255, start, stop);
    return buf as FastBuffer;
  }
  const written = writePattern(buf, value, start, fillLength, encoding);
  if (written >= fillLength) return buf as FastBuffer;
  if (written === 0) throw nodeError('ERR_INVALID_ARG_VALUE', 'value', value);
  // Double the filled prefix until the range is covered.
  let have = written;
  while (have < fillLength) {
    const n = have < fillLength - have ? have : fillLength - have;
    buf.copyWithin(start + have, start, start + n);
    have += n;
  }
  return buf as FastBuffer;
}

proto.fill = function fill(this: Uint8Array, value: unknown, offset?: unknown, end?: unknown, encoding?: unknown): FastBuffer {
  return fillImpl(this, value, offset, end, encoding);
};

// ---- write, toJSON, subarray ----

proto.write = function write(this: Uint8Array, string: unknown, offset?: unknown, length?: unknown, encoding?: unknown): number {
  if (offset === undefined) {
    if (typeof string !== 'string') throw argumentMustBeString();
    return this.length === 0 ? 0 : utf8Write(this, string, 0, this.length);
  }
  let o: number;
  let max: number;
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    max = this.length;
    o = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    o = offset as number;
    const remaining = this.length - o;
    if (length === undefined) max = remaining;
    else if (typeof length === 'string') {
      encoding = length;
      max = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      max = (length as number) > remaining ? remaining : (length as number);
    }
  }
  const ops = !encoding || encoding === 'utf8' ? encodingOps.utf8 : encodingOf(encoding);
  if (typeof string !== 'string') throw argumentMustBeString();
  if (max === 0) return 0;
  return ops.write(this, string, o, max);
};

proto.toJSON = function toJSON(this: Uint8Array): { type: 'Buffer'; data: number[] } {
  const data = new Array<number>(this.length);
  for (let i = 0; i < this.length; ++i) data[i] = this[i];
  return { type: 'Buffer', data };
};

function adjustOffset(offset: unknown, length: number): number {
  const n = Math.trunc(offset as number);
  if (n === 0) return 0;
  if (n < 0) {
    const from = n + length;
    return from > 0 ? from : 0;
  }
  if (n < length) return n;
  return Number.isNaN(n) ? 0 : length;
}

proto.subarray = function subarray(this: Uint8Array, start?: unknown, end?: unknown): FastBuffer {
  const srcLength = this.length;
  const s = adjustOffset(start, srcLength);
  const e = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  return new FastBuffer(this.buffer, this.byteOffset + s, e > s ? e - s : 0);
};

proto.slice = function slice(this: AnyBuffer, start?: unknown, end?: unknown): FastBuffer {
  return this.subarray(start, end);
};

function swapBytes(buf: Uint8Array, width: number): void {
  const half = width >>> 1;
  for (let i = 0; i < buf.length; i += width) {
    for (let j = 0; j < half; j++) {
      const t = buf[i + j];
      buf[i + j] = buf[i + width - 1 - j];
      buf[i + width - 1 - j] = t;
    }
  }
}

proto.swap16 = function swap16(this: Uint8Array): Uint8Array {
  if (this.length % 2 !== 0) throw nodeError('ERR_INVALID_BUFFER_SIZE', '16-bits');
  swapBytes(this, 2);
  return this;
};

proto.swap32 = function swap32(this: Uint8Array): Uint8Array {
  if (this.length % 4 !== 0) throw nodeError('ERR_INVALID_BUFFER_SIZE', '32-bits');
  swapBytes(this, 4);
  return this;
};

proto.swap64 = function swap64(this: Uint8Array): Uint8Array {
  if (this.length % 8 !== 0) throw nodeError('ERR_INVALID_BUFFER_SIZE', '64-bits');
  swapBytes(this, 8);
  return this;
};

proto.toLocaleString = proto.toString;

// ---- numeric reads and writes ----

function boundsError(value: number, length: number, type?: string): never {
  if (Math.floor(value) !== value) {
    if (type !== undefined) validateNumber(value, type);
    throw nodeError('ERR_OUT_OF_RANGE', type || 'offset', 'an integer', value);
  }
  if (length < 0) throw nodeError('ERR_BUFFER_OUT_OF_BOUNDS');
  throw nodeError('ERR_OUT_OF_RANGE', type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

/** Validates a read of `size` bytes at `offset`. */
function checkRead(buf: Uint8Array, offset: unknown, size: number): number {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
  return offset;
}

function readUnsignedLE(buf: Uint8Array, offset: unknown, size: number): number {
  const o = checkRead(buf, offset, size);
  let val = 0;
  let mul = 1;
  for (let i = 0; i < size; i++, mul *= 256) val += buf[o + i] * mul;
  return val;
}

function readUnsignedBE(buf: Uint8Array, offset: unknown, size: number): number {
  const o = checkRead(buf, offset, size);
  let val = 0;
  for (let i = 0; i < size; i++) val = val * 256 + buf[o + i];
  return val;
}

const signBits = [0, 2 ** 7, 2 ** 15, 2 ** 23, 2 ** 31, 2 ** 39, 2 ** 47];

function toSigned(val: number, size: number): number {
  return val >= signBits[size] ? val - signBits[size] * 2 : val;
}

function byteLengthError(byteLength: unknown): never {
  if (typeof byteLength !== 'number') throw nodeError('ERR_INVALID_ARG_TYPE', 'byteLength', 'number', byteLength);
  return boundsError(byteLength, 6, 'byteLength');
}

function isValidByteLength(byteLength: unknown): byteLength is number {
  return byteLength === 1 || byteLength === 2 || byteLength === 3 || byteLength === 4 || byteLength === 5 || byteLength === 6;
}

function readUIntLE(this: Uint8Array, offset: unknown, byteLength: unknown): number {
  if (offset === undefined) throw nodeError('ERR_INVALID_ARG_TYPE', 'offset', 'number', offset);
  if (!isValidByteLength(byteLength)) byteLengthError(byteLength);
  return readUnsignedLE(this, offset, byteLength);
}
function readUIntBE(this: Uint8Array, offset: unknown, byteLength: unknown): number {
  if (offset === undefined) throw nodeError('ERR_INVALID_ARG_TYPE', 'offset', 'number', offset);
  if (!isValidByteLength(byteLength)) byteLengthError(byteLength);
  return readUnsignedBE(this, offset, byteLength);
}
function readIntLE(this: Uint8Array, offset: unknown, byteLength: unknown): number {
  if (offset === undefined) throw nodeError('ERR_INVALID_ARG_TYPE', 'offset', 'number', offset);
  if (!isValidByteLength(byteLength)) byteLengthError(byteLength);
  return toSigned(readUnsignedLE(this, offset, byteLength), byteLength);
}
function readIntBE(this: Uint8Array, offset: unknown, byteLength: unknown): number {
  if (offset === undefined) throw nodeError('ERR_INVALID_ARG_TYPE', 'offset', 'number', offset);
  if (!isValidByteLength(byteLength)) byteLengthError(byteLength);
  return toSigned(readUnsignedBE(this, offset, byteLength), byteLength);
}

function readUInt8(this: Uint8Array, offset: unknown = 0): number {
  validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val;
}
function readInt8(this: Uint8Array, offset: unknown = 0): number {
  return toSigned(readUInt8.call(this, offset), 1);
}
function readUInt16LE(this: Uint8Array, offset: unknown = 0): number {
  return readUnsignedLE(this, offset, 2);
}
function readUInt16BE(this: Uint8Array, offset: unknown = 0): number {
  return readUnsignedBE(this, offset, 2);
}
function readInt16LE(this: Uint8Array, offset: unknown = 0): number {
  return toSigned(readUnsignedLE(this, offset, 2), 2);
}
function readInt16BE(this: Uint8Array, offset: unknown = 0): number {
  return toSigned(readUnsignedBE(this, offset, 2), 2);
}
function readUInt32LE(this: Uint8Array, offset: unknown = 0): number {
  const o = checkRead(this, offset, 4);
  return this[o] + this[o + 1] * 2 ** 8 + this[o + 2] * 2 ** 16 + this[o + 3] * 2 ** 24;
}
function readUInt32BE(this: Uint8Array, offset: unknown = 0): number {
  const o = checkRead(this, offset, 4);
  return this[o] * 2 ** 24 + this[o + 1] * 2 ** 16 + this[o + 2] * 2 ** 8 + this[o + 3];
}
function readInt32LE(this: Uint8Array, offset: unknown = 0): number {
  const o = checkRead(this, offset, 4);
  return this[o] | (this[o + 1] << 8) | (this[o + 2] << 16) | (this[o + 3] << 24);
}
function readInt32BE(this: Uint8Array, offset: unknown = 0): number {
  const o = checkRead(this, offset, 4);
  return (this[o] << 24) | (this[o + 1] << 16) | (this[o + 2] << 8) | this[o + 3];
}

const float32 = new Float32Array(1);
const float32Bytes = new Uint8Array(float32.buffer);
const float64 = new Float64Array(1);
const float64Bytes = new Uint8Array(float64.buffer);
const littleEndianHost = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function readFloatBytes(buf: Uint8Array, offset: unknown, bytes: Uint8Array, bigEndian: boolean): void {
  const o = checkRead(buf, offset, bytes.length);
  const n = bytes.length;
  const swap = bigEndian === littleEndianHost;
  for (let i = 0; i < n; i++) bytes[swap ? n - 1 - i : i] = buf[o + i];
}

function readFloatLE(this: Uint8Array, offset: unknown = 0): number {
  readFloatBytes(this, offset, float32Bytes, false);
  return float32[0];
}
function readFloatBE(this: Uint8Array, offset: unknown = 0): number {
  readFloatBytes(this, offset, float32Bytes, true);
  return float32[0];
}
function readDoubleLE(this: Uint8Array, offset: unknown = 0): number {
  readFloatBytes(this, offset, float64Bytes, false);
  return float64[0];
}
function readDoubleBE(this: Uint8Array, offset: unknown = 0): number {
  readFloatBytes(this, offset, float64Bytes, true);
  return float64[0];
}

function readBigUInt64LE(this: Uint8Array, offset: unknown = 0): bigint {
  const o = checkRead(this, offset, 8);
  const lo = this[o] + this[o + 1] * 2 ** 8 + this[o + 2] * 2 ** 16 + this[o + 3] * 2 ** 24;
  const hi = this[o + 4] + this[o + 5] * 2 ** 8 + this[o + 6] * 2 ** 16 + this[o + 7] * 2 ** 24;
  return BigInt(lo) + (BigInt(hi) << 32n);
}
function readBigUInt64BE(this: Uint8Array, offset: unknown = 0): bigint {
  const o = checkRead(this, offset, 8);
  const hi = this[o] * 2 ** 24 + this[o + 1] * 2 ** 16 + this[o + 2] * 2 ** 8 + this[o + 3];
  const lo = this[o + 4] * 2 ** 24 + this[o + 5] * 2 ** 16 + this[o + 6] * 2 ** 8 + this[o + 7];
  return (BigInt(hi) << 32n) + BigInt(lo);
}
function readBigInt64LE(this: Uint8Array, offset: unknown = 0): bigint {
  const o = checkRead(this, offset, 8);
  const lo = this[o] + this[o + 1] * 2 ** 8 + this[o + 2] * 2 ** 16 + this[o + 3] * 2 ** 24;
  const hi = this[o + 4] | (this[o + 5] << 8) | (this[o + 6] << 16) | (this[o + 7] << 24);
  return (BigInt(hi) << 32n) + BigInt(lo);
}
function readBigInt64BE(this: Uint8Array, offset: unknown = 0): bigint {
  const o = checkRead(this, offset, 8);
  const hi = (this[o] << 24) | (this[o + 1] << 16) | (this[o + 2] << 8) | this[o + 3];
  const lo = this[o + 4] * 2 ** 24 + this[o + 5] * 2 ** 16 + this[o + 6] * 2 ** 8 + this[o + 7];
  return (BigInt(hi) << 32n) + BigInt(lo);
}

/** Node's range check for integer writes; `size` is the width in bytes. */
function checkInt(value: number | bigint, min: number | bigint, max: number | bigint, buf: Uint8Array, offset: unknown, size: number): number {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range: string;
    if (size > 4) {
      const bits = size * 8;
      if (min === 0 || min === 0n) range = `>= 0${n} and < 2${n} ** ${bits}${n}`;
      else range = `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
    } else range = `>= ${min}${n} and <= ${max}${n}`;
    throw nodeError('ERR_OUT_OF_RANGE', 'value', range, value);
  }
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
  return offset;
}

function writeInt8Checked(buf: Uint8Array, value: unknown, offset: unknown, min: number, max: number): number {
  const v = +(value as number);
  validateNumber(offset, 'offset');
  if (v > max || v < min) throw nodeError('ERR_OUT_OF_RANGE', 'value', `>= ${min} and <= ${max}`, v);
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = v;
  return offset + 1;
}

function writeLE(buf: Uint8Array, value: unknown, offset: unknown, size: number, min: number, max: number): number {
  if (size === 1) return writeInt8Checked(buf, value, offset, min, max);
  const v = +(value as number);
  const o = checkInt(v, min, max, buf, offset, size);
  let lo = v;
  const low = size > 4 ? 4 : size;
  for (let i = 0; i < low; i++) {
    buf[o + i] = lo;
    lo >>>= 8;
  }
  if (size > 4) {
    let hi = Math.floor(v * 2 ** -32);
    for (let i = 4; i < size; i++) {
      buf[o + i] = hi;
      hi >>>= 8;
    }
  }
  return o + size;
}

function writeBE(buf: Uint8Array, value: unknown, offset: unknown, size: number, min: number, max: number): number {
  if (size === 1) return writeInt8Checked(buf, value, offset, min, max);
  const v = +(value as number);
  const o = checkInt(v, min, max, buf, offset, size);
  let lo = v;
  const low = size > 4 ? 4 : size;
  for (let i = 0; i < low; i++) {
    buf[o + size - 1 - i] = lo;
    lo >>>= 8;
  }
  if (size > 4) {
    let hi = Math.floor(v * 2 ** -32);
    for (let i = 4; i < size; i++) {
      buf[o + size - 1 - i] = hi;
      hi >>>= 8;
    }
  }
  return o + size;
}

const unsignedMax = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff];

function writeUIntLE(this: Uint8Array, value: unknown, offset: unknown, byteLength: unknown): number {
  if (!isValidByteLength(byteLength)) byteLengthError(byteLength);
  return writeLE(this, value, offset, byteLength, 0, unsignedMax[byteLength]);
}
function writeUIntBE(this: Uint8Array, value: unknown, offset: unknown, byteLength: unknown): number {
  if (!isValidByteLength(byteLength)) byteLengthError(byteLength);
  return writeBE(this, value, offset, byteLength, 0, unsignedMax[byteLength]);
}
function writeIntLE(this: Uint8Array, value: unknown, offset: unknown, byteLength: unknown): number {
  if (!isValidByteLength(byteLength)) byteLengthError(byteLength);
  return writeLE(this, value, offset, byteLength, -signBits[byteLength], signBits[byteLength] - 1);
}
function writeIntBE(this: Uint8Array, value: unknown, offset: unknown, byteLength: unknown): number {
  if (!isValidByteLength(byteLength)) byteLengthError(byteLength);
  return writeBE(this, value, offset, byteLength, -signBits[byteLength], signBits[byteLength] - 1);
}

function writeUInt8(this: Uint8Array, value: unknown, offset: unknown = 0): number {
  return writeInt8Checked(this, value, offset, 0, 0xff);
}
function writeInt8(this: Uint8Array, value: unknown, offset: unknown = 0): number {
  return writeInt8Checked(this, value, offset, -0x80, 0x7f);
}
function writeUInt16LE(this: Uint8Array, value: unknown, offset: unknown = 0): number {
  return writeLE(this, value, offset, 2, 0, 0xffff);
}
function writeUInt16BE(this: Uint8Array, value: unknown, offset: unknown = 0): number {
  return writeBE(this, value, offset, 2, 0, 0xffff);
}
function writeInt16LE(this: Uint8Array, value: unknown, offset: unknown = 0): number {
  return writeLE(this, value, offset, 2, -0x8000, 0x7fff);
}
function writeInt16BE(this: Uint8Array, value: unknown, offset: unknown = 0): number {
  return writeBE(this, value, offset, 2, -0x8000, 0x7fff);
}
function writeUInt32LE(this: Uint8Array, value: unknown, offset: unknown = 0): number {
  return writeLE(this, value, offset, 4, 0, 0xffffffff);
}
function writeUInt32BE(this: Uint8Array, value: unknown, offset: unknown = 0): number {
  return writeBE(this, value, offset, 4, 0, 0xffffffff);
}
function writeInt32LE(this: Uint8Array, value: unknown, offset: unknown = 0): number {
  return writeLE(this, value, offset, 4, -0x80000000, 0x7fffffff);
}
function writeInt32BE(this: Uint8Array, value: unknown, offset: unknown = 0): number {
  return writeBE(this, value, offset, 4, -0x80000000, 0x7fffffff);
}

function writeFloatBytes(buf: Uint8Array, offset: unknown, bytes: Uint8Array, bigEndian: boolean): number {
  const n = bytes.length;
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) boundsError(offset, buf.length - n);
  const swap = bigEndian === littleEndianHost;
  for (let i = 0; i < n; i++) buf[offset + i] = bytes[swap ? n - 1 - i : i];
  return offset + n;
}

function writeFloatLE(this: Uint8Array, value: unknown, offset: unknown = 0): number {
  float32[0] = +(value as number);
  return writeFloatBytes(this, offset, float32Bytes, false);
}
function writeFloatBE(this: Uint8Array, value: unknown, offset: unknown = 0): number {
  float32[0] = +(value as number);
  return writeFloatBytes(this, offset, float32Bytes, true);
}
function writeDoubleLE(this: Uint8Array, value: unknown, offset: unknown = 0): number {
  float64[0] = +(value as number);
  return writeFloatBytes(this, offset, float64Bytes, false);
}
function writeDoubleBE(this: Uint8Array, value: unknown, offset: unknown = 0): number {
  float64[0] = +(value as number);
  return writeFloatBytes(this, offset, float64Bytes, true);
}

function writeBig64(buf: Uint8Array, value: unknown, offset: unknown, min: bigint, max: bigint, bigEndian: boolean): number {
  const o = checkInt(value as bigint, min, max, buf, offset, 8);
  let lo = Number((value as bigint) & 0xffffffffn);
  let hi = Number(((value as bigint) >> 32n) & 0xffffffffn);
  for (let i = 0; i < 4; i++) {
    buf[bigEndian ? o + 7 - i : o + i] = lo;
    lo >>= 8;
    buf[bigEndian ? o + 3 - i : o + 4 + i] = hi;
    hi >>= 8;
  }
  return o + 8;
}

function writeBigUInt64LE(this: Uint8Array, value: unknown, offset: unknown = 0): number {
  return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, false);
}
function writeBigUInt64BE(this: Uint8Array, value: unknown, offset: unknown = 0): number {
  return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, true);
}
function writeBigInt64LE(this: Uint8Array, value: unknown, offset: unknown = 0): number {
  return writeBig64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, false);
}
function writeBigInt64BE(this: Uint8Array, value: unknown, offset: unknown = 0): number {
  return writeBig64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, true);
}

// The static type is @types/node's, so code typed against Node's API accepts ours.
export type Buffer = globalThis.Buffer;
export const Buffer = BufferFn as unknown as BufferConstructor;

// ---- SlowBuffer ----

function SlowBufferFn(size: unknown): FastBuffer {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
}
Object.defineProperty(SlowBufferFn, 'name', { value: 'SlowBuffer' });
Object.setPrototypeOf(SlowBufferFn.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBufferFn, Uint8Array);
export const SlowBuffer = SlowBufferFn as unknown as (new (size: number) => Buffer) & ((size: number) => Buffer);

// ---- module functions ----

export const Blob = (globalThis as { Blob?: unknown }).Blob as typeof globalThis.Blob;
export const File = (globalThis as { File?: unknown }).File as typeof globalThis.File;

function invalidCharacter(message = 'Invalid character'): Error {
  return new DOMException(message, 'InvalidCharacterError');
}

export function btoa(input: unknown): string {
  if (arguments.length === 0) throw nodeError('ERR_MISSING_ARGS', 'input');
  const str = `${input as string}`;
  for (let n = 0; n < str.length; n++) {
    if (str.charCodeAt(n) > 0xff) throw invalidCharacter();
  }
  const bytes = new Uint8Array(str.length);
  latin1Write(bytes, str, 0, str.length);
  return base64Slice(bytes, 0, bytes.length);
}

// Forgiving-base64 classes: 0 whitespace, 1 alphabet digit, 2 '=', 3 anything else.
const atobClass = new Uint8Array(256).fill(3);
{
  for (const c of [0x09, 0x0a, 0x0c, 0x0d, 0x20]) atobClass[c] = 0;
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < digits.length; i++) atobClass[digits.charCodeAt(i)] = 1;
  atobClass[0x3d] = 2;
}

export function atob(input: unknown): string {
  if (arguments.length === 0) throw nodeError('ERR_MISSING_ARGS', 'input');
  const str = `${input as string}`;
  let significant = 0;
  let equals = 0;
  for (let n = 0; n < str.length; n++) {
    const code = str.charCodeAt(n);
    const kind = code < 256 ? atobClass[code] : 3;
    if (kind === 3) throw invalidCharacter();
    if (kind === 0) continue;
    significant++;
    if (kind === 2) equals++;
    else if (equals) throw invalidCharacter();
    if (equals > 2) throw invalidCharacter();
  }
  let reminder = significant % 4;
  if (!reminder) reminder = (significant - equals) % 4;
  else if (equals) throw invalidCharacter();
  if (reminder === 1) throw invalidCharacter('The string to be decoded is not correctly encoded.');
  const bytes = new Uint8Array(encodingOps.base64.byteLength(str));
  const n = base64Write(bytes, str, 0, bytes.length);
  return latin1Slice(bytes, 0, n);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function bytesOf(input: unknown, name: string, action: string): Uint8Array {
  if (isTypedArray(input) || ArrayBuffer.isView(input)) {
    const view = input as ArrayBufferView;
    if (!isTypedArray(input)) throw nodeError('ERR_INVALID_ARG_TYPE', name, ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
    if (isDetached(view.buffer)) throw nodeError('ERR_INVALID_STATE', `Cannot ${action} on a detached buffer`);
    return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  }
  if (isAnyArrayBuffer(input)) {
    if (isDetached(input)) throw nodeError('ERR_INVALID_STATE', `Cannot ${action} on a detached buffer`);
    return new Uint8Array(input);
  }
  throw nodeError('ERR_INVALID_ARG_TYPE', name, ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isDetached(buffer: ArrayBufferLike): boolean {
  return (buffer as { detached?: boolean }).detached === true;
}

export function isUtf8(input: unknown): boolean {
  const bytes = bytesOf(input, 'input', 'validate');
  try {
    strictUtf8.decode(hasShared && bytes.buffer instanceof SharedArrayBuffer ? bytes.slice() : bytes);
    return true;
  } catch {
    return false;
  }
}

export function isAscii(input: unknown): boolean {
  const bytes = bytesOf(input, 'input', 'validate');
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

const transcodable = new Set(['ascii', 'latin1', 'utf16le', 'utf8']);

function transcodeError(code: string, errno: number): Error {
  const err = new Error(`Unable to transcode Buffer [${code}]`) as Error & { code: string; errno: number };
  err.code = code;
  err.errno = errno;
  return err;
}

/** Re-encodes between the encodings ICU converts for Node; characters a target lacks become '?'. */
export function transcode(source: unknown, fromEncoding: unknown, toEncoding: unknown): Buffer {
  if (!isUint8Array(source)) throw nodeError('ERR_INVALID_ARG_TYPE', 'source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return alloc(0) as Buffer;
  const fromEnc = normalizeEncoding(fromEncoding) ?? fromEncoding;
  const toEnc = normalizeEncoding(toEncoding) ?? toEncoding;
  if (!transcodable.has(fromEnc as string) || !transcodable.has(toEnc as string)) throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  let text: string;
  if (fromEnc === 'utf16le') {
    text = ucs2Slice(source, 0, source.length);
    if (toEnc === 'utf8' && !isWellFormed(text)) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
  } else if (fromEnc === 'utf8') {
    if (toEnc === 'utf16le' && !isUtf8(source)) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
    text = utf8Slice(source, 0, source.length);
  }
  else if (fromEnc === 'ascii' && toEnc !== 'utf16le') {
    // ICU's US-ASCII converter substitutes bytes above 0x7f, except when widening to UTF-16.
    text = '';
    for (let i = 0; i < source.length; i++) text += source[i] < 0x80 ? String.fromCharCode(source[i]) : '\ufffd';
  } else text = latin1Slice(source, 0, source.length);
  if (toEnc === 'utf8') return from(text, 'utf8') as Buffer;
  if (toEnc === 'utf16le') {
    const out = new FastBuffer(text.length * 2);
    ucs2Write(out, text, 0, out.length);
    return out as Buffer;
  }
  const limit = toEnc === 'ascii' ? 0x7f : 0xff;
  const out = new FastBuffer(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      c = 0x3f;
    }
    out[n++] = c > limit ? 0x3f : c;
  }
  return out.subarray(0, n) as Buffer;
}

function isWellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c > 0xdbff || i + 1 >= text.length) return false;
    const d = text.charCodeAt(i + 1);
    if (d < 0xdc00 || d > 0xdfff) return false;
    i++;
  }
  return true;
}

export function resolveObjectURL(_url: unknown): never {
  throw nodeError('ERR_NOT_IMPLEMENTED', 'buffer.resolveObjectURL');
}

