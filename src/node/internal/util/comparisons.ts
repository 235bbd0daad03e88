// node layer: the deep-equality algorithms behind util.isDeepStrictEqual and assert's
// deepEqual/deepStrictEqual (strict and loose modes), with Node 20's rules.
import {
  isAnyArrayBuffer, isArrayBufferView, isBigIntObject, isBooleanObject, isBoxedPrimitive, isDate,
  isFloat32Array, isFloat64Array, isMap, isNativeError, isNumberObject, isRegExp, isSet, isStringObject,
  isSymbolObject,
} from './types.js';

const enum Walk { Plain, Array, Set, Map }

/**
 * Cycle tracking, as Node 20 does it: the first two nested pairs are kept in fields (most
 * comparisons never go deeper), then a set of every object under comparison. Reaching a pair
 * whose two objects are both already in progress counts as equal.
 */
interface Memos {
  a: object;
  b: object;
  c: object | undefined;
  d: object | undefined;
  deep: boolean;
  inProgress: Set<object> | undefined;
}

const objectToString = Object.prototype.toString;
const hasOwn = Object.prototype.hasOwnProperty;
const isEnumerable = Object.prototype.propertyIsEnumerable;
const dateTime = Date.prototype.getTime;
const numberValue = Number.prototype.valueOf;
const stringValue = String.prototype.valueOf;
const booleanValue = Boolean.prototype.valueOf;
const bigintValue = BigInt.prototype.valueOf;
const symbolValue = Symbol.prototype.valueOf;

export function isDeepStrictEqual(a: unknown, b: unknown): boolean {
  return compare(a, b, true, undefined);
}

export function isDeepEqual(a: unknown, b: unknown): boolean {
  return compare(a, b, false, undefined);
}

function compare(a: unknown, b: unknown, strict: boolean, memos: Memos | undefined): boolean {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);
  if (strict) {
    if (typeof a !== 'object') return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (Number.isNaN(a) && Number.isNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  const tag = objectToString.call(a);
  if (tag !== objectToString.call(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const keysA = nonIndexKeys(a, strict);
    if (keysA.length !== nonIndexKeys(b, strict).length) return false;
    return compareKeyed(a, b, strict, memos, Walk.Array, keysA);
  }
  if (tag === '[object Object]') return compareKeyed(a, b, strict, memos, Walk.Plain, undefined);
  if (isDate(a)) {
    if (!isDate(b) || dateTime.call(a) !== dateTime.call(b)) return false;
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
  } else if (isNativeError(a) || a instanceof Error) {
    // The stack is left out: two otherwise identical errors differ in where they were made.
    if ((!isNativeError(b) && !(b instanceof Error)) || (a as Error).message !== (b as Error).message ||
        (a as Error).name !== (b as Error).name) {
      return false;
    }
    if ((hasOwn.call(a, 'cause') || hasOwn.call(b, 'cause')) && !compare((a as Error).cause, (b as Error).cause, strict, memos)) {
      return false;
    }
    if ((hasOwn.call(a, 'errors') || hasOwn.call(b, 'errors')) &&
        !compare((a as AggregateError).errors, (b as AggregateError).errors, strict, memos)) {
      return false;
    }
  } else if (isArrayBufferView(a)) {
    if (!strict && (isFloat32Array(a) || isFloat64Array(a))) {
      if (!sameFloats(a, b as ArrayBufferView)) return false;
    } else if (!sameBytes(a, b as ArrayBufferView)) {
      return false;
    }
    const keysA = nonIndexKeys(a, strict);
    if (keysA.length !== nonIndexKeys(b, strict).length) return false;
    return compareKeyed(a, b, strict, memos, Walk.Plain, keysA);
  } else if (isSet(a)) {
    if (!isSet(b) || a.size !== b.size) return false;
    return compareKeyed(a, b, strict, memos, Walk.Set, undefined);
  } else if (isMap(a)) {
    if (!isMap(b) || a.size !== b.size) return false;
    return compareKeyed(a, b, strict, memos, Walk.Map, undefined);
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) || !sameBuffers(a, b)) return false;
  } else if (isBoxedPrimitive(a)) {
    if (!sameBoxed(a, b)) return false;
  } else if (isURL(a)) {
    if (!isURL(b) || a.href !== b.href) return false;
  } else if (isURL(b) || Array.isArray(b) || isArrayBufferView(b) || isSet(b) || isMap(b) || isDate(b) || isRegExp(b) ||
             isAnyArrayBuffer(b) || isBoxedPrimitive(b) || isNativeError(b) || b instanceof Error) {
    return false;
  }
  return compareKeyed(a, b, strict, memos, Walk.Plain, undefined);
}

function isURL(value: any): value is URL {
  return Boolean(value?.href && value.protocol && value.auth === undefined && value.path === undefined);
}

/** Own enumerable keys that are not array indices; symbols too in strict mode. */
function nonIndexKeys(value: object, strict: boolean): PropertyKey[] {
  const out: PropertyKey[] = [];
  for (const key of Object.keys(value)) {
    if (!isIndex(key)) out.push(key);
  }
  if (strict) {
    for (const sym of Object.getOwnPropertySymbols(value)) {
      if (isEnumerable.call(value, sym)) out.push(sym);
    }
  }
  return out;
}

function isIndex(key: string): boolean {
  const len = key.length;
  if (len === 0 || len > 10) return false;
  for (let i = 0; i < len; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  if (len > 1 && key.charCodeAt(0) === 48) return false;
  return Number(key) < 4294967295;
}

function sameBytes(a: ArrayBufferView, b: ArrayBufferView): boolean {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== y[i]) return false;
  }
  return true;
}

function sameFloats(a: ArrayBufferView, b: ArrayBufferView): boolean {
  if (a.byteLength !== b.byteLength) return false;
  const x = a as Float64Array;
  const y = b as Float64Array;
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== y[i]) return false;
  }
  return true;
}

function sameBuffers(a: ArrayBufferLike, b: ArrayBufferLike): boolean {
  return a.byteLength === b.byteLength && sameBytes(new Uint8Array(a), new Uint8Array(b));
}

function sameBoxed(a: object, b: unknown): boolean {
  if (isNumberObject(a)) return isNumberObject(b) && Object.is(numberValue.call(a), numberValue.call(b));
  if (isStringObject(a)) return isStringObject(b) && stringValue.call(a) === stringValue.call(b);
  if (isBooleanObject(a)) return isBooleanObject(b) && booleanValue.call(a) === booleanValue.call(b);
  if (isBigIntObject(a)) return isBigIntObject(b) && bigintValue.call(a) === bigintValue.call(b);
  return isSymbolObject(b) && symbolValue.call(a as unknown as symbol) === symbolValue.call(b as unknown as symbol);
}

/**
 * Compares own keys (cheaply first), then the contents, tracking the pair in `memos`.
 */
function compareKeyed(a: any, b: any, strict: boolean, memos: Memos | undefined, walk: Walk,
  givenKeys: PropertyKey[] | undefined): boolean {
  let keys: PropertyKey[];
  if (givenKeys === undefined) {
    keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
  } else {
    keys = givenKeys;
  }
  for (let i = 0; i < keys.length; i++) {
    if (!hasOwn.call(b, keys[i])) return false;
  }
  if (strict && givenKeys === undefined && !collectSymbols(a, b, keys)) return false;

  if (keys.length === 0 && (walk === Walk.Plain || (walk === Walk.Array && a.length === 0) || a.size === 0)) {
    return true;
  }
  if (memos === undefined) {
    return compareContents(a, b, strict, keys, { a, b, c: undefined, d: undefined, deep: false, inProgress: undefined }, walk);
  }
  if (memos.inProgress === undefined) {
    if (!memos.deep) {
      if (memos.a === a && memos.b === b) return true;
      memos.c = a;
      memos.d = b;
      memos.deep = true;
      const equal = compareContents(a, b, strict, keys, memos, walk);
      memos.deep = false;
      return equal;
    }
    memos.inProgress = new Set([memos.a, memos.b, memos.c!, memos.d!]);
  }
  const inProgress = memos.inProgress;
  const before = inProgress.size;
  inProgress.add(a);
  inProgress.add(b);
  if (inProgress.size === before) return true;
  const equal = compareContents(a, b, strict, keys, memos, walk);
  inProgress.delete(a);
  inProgress.delete(b);
  return equal;
}

/** Appends `a`'s enumerable symbol keys to `keys`; false when `b`'s enumerable symbols differ. */
function collectSymbols(a: object, b: object, keys: PropertyKey[]): boolean {
  const symsA = Object.getOwnPropertySymbols(a);
  const symsB = Object.getOwnPropertySymbols(b);
  let count = 0;
  for (const sym of symsA) {
    if (isEnumerable.call(a, sym)) {
      if (!isEnumerable.call(b, sym)) return false;
      keys.push(sym);
      count++;
    } else if (isEnumerable.call(b, sym)) {
      return false;
    }
  }
  if (symsA.length === symsB.length && symsA.length !== 0) return true;
  let countB = 0;
  for (const sym of symsB) {
    if (isEnumerable.call(b, sym)) countB++;
  }
  return countB === count;
}

function compareContents(a: any, b: any, strict: boolean, keys: PropertyKey[], memos: Memos, walk: Walk): boolean {
  if (walk === Walk.Set) {
    if (!sameSets(a, b, strict, memos)) return false;
  } else if (walk === Walk.Map) {
    if (!sameMaps(a, b, strict, memos)) return false;
  } else if (walk === Walk.Array) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn.call(a, i)) {
        if (!hasOwn.call(b, i) || !compare(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn.call(b, i)) {
        return false;
      } else {
        return sameSparseRest(a, b, i, strict, memos);
      }
    }
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!compare(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

/** After the first hole, sparse arrays compare by their own keys from that position on. */
function sameSparseRest(a: unknown[], b: unknown[], from: number, strict: boolean, memos: Memos): boolean {
  const keysA = Object.keys(a);
  for (let i = from; i < keysA.length; i++) {
    const key = keysA[i] as unknown as number;
    if (!hasOwn.call(b, key) || !compare(a[key], b[key], strict, memos)) return false;
  }
  return keysA.length === Object.keys(b).length;
}

/** What a primitive might loosely equal in another set: true/false decide outright, else a probe. */
function looseProbe(prim: unknown): unknown {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object':
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      return !Number.isNaN(+prim);
    case 'number':
      return !Number.isNaN(prim);
    default:
      return true;
  }
}

function setMightHaveLoose(a: Set<unknown>, b: Set<unknown>, prim: unknown): boolean {
  const probe = looseProbe(prim);
  if (probe != null) return probe as boolean;
  return b.has(probe) && !a.has(probe);
}

function takeEqualElement(pending: Set<unknown>, value: unknown, strict: boolean, memos: Memos): boolean {
  for (const candidate of pending) {
    if (compare(value, candidate, strict, memos)) {
      pending.delete(candidate);
      return true;
    }
  }
  return false;
}

function sameSets(a: Set<unknown>, b: Set<unknown>, strict: boolean, memos: Memos): boolean {
  let pending: Set<unknown> | null = null;
  for (const value of a) {
    if (typeof value === 'object' && value !== null) {
      (pending ??= new Set()).add(value);
    } else if (!b.has(value)) {
      if (strict || !setMightHaveLoose(a, b, value)) return false;
      (pending ??= new Set()).add(value);
    }
  }
  if (pending === null) return true;
  for (const value of b) {
    if (typeof value === 'object' && value !== null) {
      if (!takeEqualElement(pending, value, strict, memos)) return false;
    } else if (!strict && !a.has(value) && !takeEqualElement(pending, value, strict, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

function mapMightHaveLoose(a: Map<unknown, unknown>, b: Map<unknown, unknown>, prim: unknown, item: unknown,
  memos: Memos): boolean {
  const probe = looseProbe(prim);
  if (probe != null) return probe as boolean;
  const other = b.get(probe);
  if ((other === undefined && !b.has(probe)) || !compare(item, other, false, memos)) return false;
  return !a.has(probe) && compare(item, other, false, memos);
}

function takeEqualEntry(pending: Set<unknown>, a: Map<unknown, unknown>, key: unknown, item: unknown,
  strict: boolean, memos: Memos): boolean {
  for (const candidate of pending) {
    if (compare(key, candidate, strict, memos) && compare(item, a.get(candidate), strict, memos)) {
      pending.delete(candidate);
      return true;
    }
  }
  return false;
}

function sameMaps(a: Map<unknown, unknown>, b: Map<unknown, unknown>, strict: boolean, memos: Memos): boolean {
  let pending: Set<unknown> | null = null;
  for (const [key, item] of a) {
    if (typeof key === 'object' && key !== null) {
      (pending ??= new Set()).add(key);
    } else {
      const other = b.get(key);
      if ((other === undefined && !b.has(key)) || !compare(item, other, strict, memos)) {
        if (strict || !mapMightHaveLoose(a, b, key, item, memos)) return false;
        (pending ??= new Set()).add(key);
      }
    }
  }
  if (pending === null) return true;
  for (const [key, item] of b) {
    if (typeof key === 'object' && key !== null) {
      if (!takeEqualEntry(pending, a, key, item, strict, memos)) return false;
    } else if (!strict && (!a.has(key) || !compare(a.get(key), item, false, memos)) &&
               !takeEqualEntry(pending, a, key, item, false, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}
