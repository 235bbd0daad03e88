// node layer: `util.types`, the brand checks behind `util.inspect`. Each check asks a built-in method
// that only accepts the real kind of object, so it works across realms and ignores Symbol.toStringTag.
import { getProxyDetails } from './proxies.js';

const objectToString = Object.prototype.toString;
const fnToString = Function.prototype.toString;
const getPrototypeOf = Object.getPrototypeOf;

function getterOf(proto: object, name: PropertyKey): (this: unknown) => unknown {
  return Object.getOwnPropertyDescriptor(proto, name)!.get as (this: unknown) => unknown;
}

function passes(check: (this: unknown, ...args: unknown[]) => unknown, value: unknown, arg?: unknown): boolean {
  try {
    check.call(value, arg);
    return true;
  } catch {
    return false;
  }
}

function isObjectLike(value: unknown): value is object {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

const TypedArrayPrototype = getPrototypeOf(Uint8Array.prototype) as object;
const typedArrayTag = getterOf(TypedArrayPrototype, Symbol.toStringTag) as (this: unknown) => string | undefined;
const arrayBufferByteLength = getterOf(ArrayBuffer.prototype, 'byteLength');
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function'
  ? getterOf(SharedArrayBuffer.prototype, 'byteLength') : undefined;
// `buffer` (not `byteLength`) because it does not throw on a view of a detached buffer.
const dataViewBuffer = getterOf(DataView.prototype, 'buffer');
const regExpSource = getterOf(RegExp.prototype, 'source');
const mapHas = Map.prototype.has as (this: unknown, key: unknown) => boolean;
const setHas = Set.prototype.has as (this: unknown, key: unknown) => boolean;
const weakMapHas = WeakMap.prototype.has as (this: unknown, key: unknown) => boolean;
const weakSetHas = WeakSet.prototype.has as (this: unknown, key: unknown) => boolean;
const weakProbe = {};
const dateGetTime = Date.prototype.getTime as (this: unknown) => number;
const promiseThen = Promise.prototype.then as (this: unknown) => unknown;
const MapIteratorPrototype = getPrototypeOf(new Map().entries()) as object;
const SetIteratorPrototype = getPrototypeOf(new Set().values()) as object;

export function isDate(value: unknown): value is Date {
  return typeof value === 'object' && value !== null && passes(dateGetTime, value);
}

export function isRegExp(value: unknown): value is RegExp {
  // The `source` getter also answers for this realm's RegExp.prototype, which is not a RegExp.
  return typeof value === 'object' && value !== null && value !== RegExp.prototype && passes(regExpSource, value);
}

export function isMap(value: unknown): value is Map<unknown, unknown> {
  return typeof value === 'object' && value !== null && passes(mapHas, value);
}

export function isSet(value: unknown): value is Set<unknown> {
  return typeof value === 'object' && value !== null && passes(setHas, value);
}

export function isWeakMap(value: unknown): value is WeakMap<object, unknown> {
  return typeof value === 'object' && value !== null && passes(weakMapHas, value, weakProbe);
}

export function isWeakSet(value: unknown): value is WeakSet<object> {
  return typeof value === 'object' && value !== null && passes(weakSetHas, value, weakProbe);
}

class PromiseBrandFound {}
const throwBrandFound = (): never => { throw new PromiseBrandFound(); };

/**
 * `then` checks the brand before it reads `constructor`; an own throwing `constructor` getter stops it
 * right there, so the promise gets no reaction and is not marked as handled.
 */
export function isPromise(value: unknown): value is Promise<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  if (typeof (value as { then?: unknown }).then !== 'function') return false;
  const own = Object.getOwnPropertyDescriptor(value, 'constructor');
  if (own === undefined ? !Object.isExtensible(value) : !own.configurable) {
    return objectToString.call(value) === '[object Promise]';
  }
  try {
    Object.defineProperty(value, 'constructor', { get: throwBrandFound, configurable: true });
  } catch {
    return objectToString.call(value) === '[object Promise]';
  }
  try {
    promiseThen.call(value);
    return true;
  } catch (err) {
    return err instanceof PromiseBrandFound;
  } finally {
    if (own === undefined) delete (value as { constructor?: unknown }).constructor;
    else Object.defineProperty(value, 'constructor', own);
  }
}

/** True for proxies made through the program's global Proxy (see proxies.ts). */
export function isProxy(value: unknown): boolean {
  return getProxyDetails(value) !== undefined;
}

export function isArrayBuffer(value: unknown): value is ArrayBuffer {
  return typeof value === 'object' && value !== null && passes(arrayBufferByteLength, value);
}

export function isSharedArrayBuffer(value: unknown): value is SharedArrayBuffer {
  return sharedArrayBufferByteLength !== undefined && typeof value === 'object' && value !== null &&
    passes(sharedArrayBufferByteLength, value);
}

export function isAnyArrayBuffer(value: unknown): value is ArrayBuffer | SharedArrayBuffer {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

export function isTypedArray(value: unknown): boolean {
  return typedArrayTag.call(value) !== undefined;
}

/** The constructor name of a typed array (`'Uint8Array'`), or undefined for anything else. */
export function typedArrayKind(value: unknown): string | undefined {
  return typedArrayTag.call(value);
}

export function isDataView(value: unknown): value is DataView {
  // isView answers without throwing, so the throwing getter only runs on real views.
  return ArrayBuffer.isView(value) && typedArrayTag.call(value) === undefined && passes(dataViewBuffer, value);
}

export function isArrayBufferView(value: unknown): value is ArrayBufferView {
  return isTypedArray(value) || isDataView(value);
}

export const isUint8Array = (value: unknown): value is Uint8Array => typedArrayTag.call(value) === 'Uint8Array';
export const isUint8ClampedArray = (value: unknown): value is Uint8ClampedArray => typedArrayTag.call(value) === 'Uint8ClampedArray';
export const isUint16Array = (value: unknown): value is Uint16Array => typedArrayTag.call(value) === 'Uint16Array';
export const isUint32Array = (value: unknown): value is Uint32Array => typedArrayTag.call(value) === 'Uint32Array';
export const isInt8Array = (value: unknown): value is Int8Array => typedArrayTag.call(value) === 'Int8Array';
export const isInt16Array = (value: unknown): value is Int16Array => typedArrayTag.call(value) === 'Int16Array';
export const isInt32Array = (value: unknown): value is Int32Array => typedArrayTag.call(value) === 'Int32Array';
export const isFloat32Array = (value: unknown): value is Float32Array => typedArrayTag.call(value) === 'Float32Array';
export const isFloat64Array = (value: unknown): value is Float64Array => typedArrayTag.call(value) === 'Float64Array';
export const isBigInt64Array = (value: unknown): value is BigInt64Array => typedArrayTag.call(value) === 'BigInt64Array';
export const isBigUint64Array = (value: unknown): value is BigUint64Array => typedArrayTag.call(value) === 'BigUint64Array';

/**
 * Without a brand-checking method, the built-in tag is the brand: it is only reliable when no
 * Symbol.toStringTag overrides it, so a value carrying a string tag is judged by its chain instead.
 */
function hasBuiltinTag(value: object, tag: string): boolean {
  if (objectToString.call(value) !== tag) return false;
  return typeof (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] !== 'string';
}

const errorIsError = (Error as { isError?: (value: unknown) => boolean }).isError;

export function isNativeError(value: unknown): value is Error {
  if (errorIsError !== undefined) return errorIsError(value);
  if (typeof value !== 'object' || value === null) return false;
  return hasBuiltinTag(value, '[object Error]') || (objectToString.call(value) === '[object Error]' && value instanceof Error);
}

export function isArgumentsObject(value: unknown): value is IArguments {
  return typeof value === 'object' && value !== null && hasBuiltinTag(value, '[object Arguments]');
}

export function isNumberObject(value: unknown): value is Number {
  return typeof value === 'object' && value !== null && passes(Number.prototype.valueOf, value);
}

export function isStringObject(value: unknown): value is String {
  return typeof value === 'object' && value !== null && passes(String.prototype.valueOf, value);
}

export function isBooleanObject(value: unknown): value is Boolean {
  return typeof value === 'object' && value !== null && passes(Boolean.prototype.valueOf, value);
}

export function isBigIntObject(value: unknown): value is BigInt {
  return typeof value === 'object' && value !== null && passes(BigInt.prototype.valueOf, value);
}

export function isSymbolObject(value: unknown): value is Symbol {
  return typeof value === 'object' && value !== null && passes(Symbol.prototype.valueOf, value);
}

export function isBoxedPrimitive(value: unknown): boolean {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isBigIntObject(value) || isSymbolObject(value);
}

function functionKindTag(value: unknown): unknown {
  if (typeof value !== 'function') return undefined;
  const proto = getPrototypeOf(value) as { [Symbol.toStringTag]?: unknown } | null;
  return proto === null ? undefined : proto[Symbol.toStringTag];
}

function sourceOf(fn: Function): string {
  try {
    return fnToString.call(fn);
  } catch {
    return '';
  }
}

/** The prototype's tag says which kind; the source text confirms it, so a re-parented function is not taken. */
export function isAsyncFunction(value: unknown): value is Function {
  const tag = functionKindTag(value);
  if (tag !== 'AsyncFunction' && tag !== 'AsyncGeneratorFunction') return false;
  return sourceOf(value as Function).startsWith('async');
}

export function isGeneratorFunction(value: unknown): value is GeneratorFunction {
  const tag = functionKindTag(value);
  if (tag !== 'GeneratorFunction' && tag !== 'AsyncGeneratorFunction') return false;
  const source = sourceOf(value as Function);
  const star = source.indexOf('*');
  return star !== -1 && (star < source.indexOf('(') || source.indexOf('(') === -1);
}

export function isGeneratorObject(value: unknown): value is Generator {
  if (typeof value !== 'object' || value === null) return false;
  const tag = objectToString.call(value);
  if (tag !== '[object Generator]' && tag !== '[object AsyncGenerator]') return false;
  return !Object.prototype.hasOwnProperty.call(value, Symbol.toStringTag);
}

export function isMapIterator(value: unknown): boolean {
  return typeof value === 'object' && value !== null && getPrototypeOf(value) === MapIteratorPrototype;
}

export function isSetIterator(value: unknown): boolean {
  return typeof value === 'object' && value !== null && getPrototypeOf(value) === SetIteratorPrototype;
}

/** A namespace object: null prototype, an own fixed 'Module' tag, and not extensible. */
export function isModuleNamespaceObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || getPrototypeOf(value) !== null || Object.isExtensible(value)) return false;
  const tag = Object.getOwnPropertyDescriptor(value, Symbol.toStringTag);
  return tag !== undefined && tag.value === 'Module' && !tag.writable && !tag.enumerable && !tag.configurable;
}

/** No engine object in nodeling wraps a native pointer. */
export function isExternal(_value: unknown): boolean {
  return false;
}

/** KeyObject belongs to nodeling's crypto module, which registers no class here yet. */
export function isKeyObject(_value: unknown): boolean {
  return false;
}

export function isCryptoKey(value: unknown): boolean {
  const CryptoKeyClass = (globalThis as { CryptoKey?: Function }).CryptoKey;
  return typeof CryptoKeyClass === 'function' && isObjectLike(value) && value instanceof CryptoKeyClass;
}

export const types = {
  isExternal,
  isDate,
  isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError,
  isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise,
  isMap,
  isSet,
  isMapIterator,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
  isUint8ClampedArray,
  isUint16Array,
  isUint32Array,
  isInt8Array,
  isInt16Array,
  isInt32Array,
  isFloat32Array,
  isFloat64Array,
  isBigInt64Array,
  isBigUint64Array,
  isKeyObject,
  isCryptoKey,
};
