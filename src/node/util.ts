// node layer: Node's `util` module. inspect/format live in internal/util/inspect.ts, the type
// checks in internal/util/types.ts, deep equality, parseArgs and debuglog in their own files.
import { errnoInfo } from '../abi/errno.js';
import { Buffer } from './buffer.js';
import { nodeError } from './internal/errors.js';
import { emitWarning } from './internal/process/warning.js';
import { isDeepStrictEqual } from './internal/util/comparisons.js';
import { debuglog } from './internal/util/debuglog.js';
import { format, formatWithOptions, inspect, isError, stripVTControlCharacters } from './internal/util/inspect.js';
import { parseArgs } from './internal/util/parse_args.js';
import { isDate, isRegExp, types } from './internal/util/types.js';
import {
  validateAbortSignal, validateBoolean, validateFunction, validateNumber, validateObject, validateOneOf, validateString,
} from './internal/validators.js';

/** What util needs from the running process; the bootstrap installs the real one. */
export interface UtilProcess {
  nextTick: (fn: (...args: any[]) => void, ...args: unknown[]) => void;
  stdout: unknown;
  env: Record<string, string | undefined>;
}

let proc: UtilProcess = {
  nextTick: (fn, ...args) => queueMicrotask(() => fn(...args)),
  stdout: undefined,
  env: {},
};

export function configureUtilProcess(next: UtilProcess): void {
  proc = next;
}

const kCustomPromisified = Symbol.for('nodejs.util.promisify.custom');
/**
 * Built-ins whose callbacks get several values (dns.lookup: address, family) carry their names
 * under this symbol; promisify then resolves with an object of those names.
 */
export const customPromisifyArgs = Symbol('customPromisifyArgs');

function nullProtoDescriptors(fn: Function): PropertyDescriptorMap {
  const descriptors = Object.getOwnPropertyDescriptors(fn);
  for (const key of Reflect.ownKeys(descriptors)) Object.setPrototypeOf(descriptors[key as string], null);
  return descriptors;
}

type Promisify = {
  (original: Function): Function;
  custom: typeof kCustomPromisified;
};

export const promisify: Promisify = Object.assign(function promisify(original: Function): Function {
  validateFunction(original, 'original');
  const custom = (original as any)[kCustomPromisified];
  if (custom) {
    validateFunction(custom, 'util.promisify.custom');
    return Object.defineProperty(custom, kCustomPromisified, { value: custom, enumerable: false, writable: false, configurable: true });
  }
  const names: string[] | undefined = (original as any)[customPromisifyArgs];
  function fn(this: unknown, ...args: unknown[]): Promise<unknown> {
    return new Promise((resolve, reject) => {
      args.push((err: unknown, ...values: unknown[]) => {
        if (err) return reject(err);
        if (names !== undefined && values.length > 1) {
          const obj: Record<string, unknown> = {};
          for (let i = 0; i < names.length; i++) obj[names[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisified, { value: fn, enumerable: false, writable: false, configurable: true });
  return Object.defineProperties(fn, nullProtoDescriptors(original));
}, { custom: kCustomPromisified }) as Promisify;

function rejectedToCallback(reason: unknown, cb: Function): void {
  if (!reason) {
    const err = nodeError('ERR_FALSY_VALUE_REJECTION');
    (err as any).reason = reason;
    reason = err;
  }
  cb(reason);
}

export function callbackify(original: Function): Function {
  validateFunction(original, 'original');
  function callbackified(this: unknown, ...args: unknown[]): void {
    const last = args.pop();
    validateFunction(last, 'last argument');
    const cb = last.bind(this);
    (Reflect.apply(original, this, args) as Promise<unknown>).then(
      (value) => proc.nextTick(cb, null, value),
      (reason) => proc.nextTick(rejectedToCallback, reason, cb));
  }
  const descriptors = nullProtoDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

const warnedCodes = new Set<string>();

export function deprecate<T extends Function>(fn: T, msg: string, code?: string): T {
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(this: unknown, ...args: unknown[]): unknown {
    if (!warned) {
      warned = true;
      if (code !== undefined) {
        if (!warnedCodes.has(code)) {
          emitWarning(msg, 'DeprecationWarning', code, deprecated);
          warnedCodes.add(code);
        }
      } else {
        emitWarning(msg, 'DeprecationWarning', undefined, deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated as unknown as T;
}

export function inherits(ctor: Function, superCtor: Function): void {
  if (ctor === undefined || ctor === null) throw nodeError('ERR_INVALID_ARG_TYPE', 'ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw nodeError('ERR_INVALID_ARG_TYPE', 'superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// The errnos libuv names, in its table order, which getSystemErrorMap() follows.
const uvOrder = ('E2BIG EACCES EADDRINUSE EADDRNOTAVAIL EAFNOSUPPORT EAGAIN EAI_ADDRFAMILY EAI_AGAIN EAI_BADFLAGS ' +
  'EAI_BADHINTS EAI_CANCELED EAI_FAIL EAI_FAMILY EAI_MEMORY EAI_NODATA EAI_NONAME EAI_OVERFLOW EAI_PROTOCOL ' +
  'EAI_SERVICE EAI_SOCKTYPE EALREADY EBADF EBUSY ECANCELED ECHARSET ECONNABORTED ECONNREFUSED ECONNRESET ' +
  'EDESTADDRREQ EEXIST EFAULT EFBIG EHOSTUNREACH EINTR EINVAL EIO EISCONN EISDIR ELOOP EMFILE EMSGSIZE ' +
  'ENAMETOOLONG ENETDOWN ENETUNREACH ENFILE ENOBUFS ENODEV ENOENT ENOMEM ENONET ENOPROTOOPT ENOSPC ENOSYS ' +
  'ENOTCONN ENOTDIR ENOTEMPTY ENOTSOCK ENOTSUP EOVERFLOW EPERM EPIPE EPROTO EPROTONOSUPPORT EPROTOTYPE ERANGE ' +
  'EROFS ESHUTDOWN ESPIPE ESRCH ETIMEDOUT ETXTBSY EXDEV UNKNOWN EOF ENXIO EMLINK EHOSTDOWN EREMOTEIO ENOTTY ' +
  'EFTYPE EILSEQ ESOCKTNOSUPPORT ENODATA EUNATCH').split(' ');

export function getSystemErrorName(err: number): string {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw nodeError('ERR_OUT_OF_RANGE', 'err', 'a negative integer', err);
  const name = errnoInfo[-err]?.[0];
  return name !== undefined && uvOrder.includes(name) ? name : `Unknown system error ${err}`;
}

export function getSystemErrorMap(): Map<number, [string, string]> {
  const entries: [number, [string, string]][] = [];
  for (const errno of Object.keys(errnoInfo)) {
    const [name, message] = errnoInfo[Number(errno)];
    // Errnos libuv has no name for (ENOEXEC, ECHILD, ...) are unknown to Node too.
    if (uvOrder.includes(name)) entries.push([-Number(errno), [name, message]]);
  }
  entries.sort((a, b) => uvOrder.indexOf(a[1][0]) - uvOrder.indexOf(b[1][0]));
  return new Map(entries);
}

export function _errnoException(err: number, syscall: string, original?: string): Error {
  const code = getSystemErrorName(err);
  const ex = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`) as Error & Record<string, unknown>;
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  return ex;
}

export function _exceptionWithHostPort(err: number, syscall: string, address: string, port?: number,
  additional?: string): Error {
  const code = getSystemErrorName(err);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const ex = new Error(`${syscall} ${code}${details}`) as Error & Record<string, unknown>;
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

export function toUSVString(input: unknown): string {
  return (`${input}` as string & { toWellFormed(): string }).toWellFormed();
}

function isNodeStream(obj: any): boolean {
  return Boolean(obj && (obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
}

function isWebStream(obj: any): boolean {
  if (!obj || isNodeStream(obj)) return false;
  return (typeof obj.pipeThrough === 'function' && typeof obj.getReader === 'function' && typeof obj.cancel === 'function') ||
    (typeof obj.getWriter === 'function' && typeof obj.abort === 'function');
}

/** Node's rule: FORCE_COLOR decides when set, else the stream must be a TTY with more than 2 colors. */
function shouldColorize(stream: any): boolean {
  const force = proc.env.FORCE_COLOR;
  if (force !== undefined) return force === '' || force === '1' || force === 'true' || force === '2' || force === '3';
  return Boolean(stream?.isTTY && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

function styleCodes(key: unknown): [number, number] {
  const codes = (inspect.colors as Record<string, [number, number]>)[key as string];
  if (codes == null) validateOneOf(key, 'format', Object.keys(inspect.colors));
  return codes;
}

export function styleText(format: string | string[], text: string,
  { validateStream = true, stream = proc.stdout }: { validateStream?: boolean; stream?: unknown } = {}): string {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColors = false;
  if (validateStream) {
    if (!isWebStream(stream) && !isNodeStream(stream)) {
      throw nodeError('ERR_INVALID_ARG_TYPE', 'stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColors = !shouldColorize(stream);
  }
  // Node 20 applies an array of formats whatever the stream supports.
  if (Array.isArray(format)) {
    let left = '';
    let right = '';
    for (const key of format) {
      const [open, close] = styleCodes(key);
      left += `\u001b[${open}m`;
      right = `\u001b[${close}m${right}`;
    }
    return `${left}${text}${right}`;
  }
  const [open, close] = styleCodes(format);
  if (skipColors) return text;
  return `\u001b[${open}m${text}\u001b[${close}m`;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

export function log(...args: unknown[]): void {
  const d = new Date();
  const time = `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
  console.log('%s - %s', `${d.getDate()} ${months[d.getMonth()]} ${time}`, format(...args));
}

export function _extend(target: any, source: unknown): any {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  for (let i = keys.length - 1; i >= 0; i--) target[keys[i]] = (source as any)[keys[i]];
  return target;
}

export const isArray = Array.isArray;
export const isBoolean = (arg: unknown): arg is boolean => typeof arg === 'boolean';
export const isBuffer = (arg: unknown): boolean => Buffer.isBuffer(arg);
export const isNull = (arg: unknown): arg is null => arg === null;
export const isNullOrUndefined = (arg: unknown): arg is null | undefined => arg === null || arg === undefined;
export const isNumber = (arg: unknown): arg is number => typeof arg === 'number';
export const isString = (arg: unknown): arg is string => typeof arg === 'string';
export const isSymbol = (arg: unknown): arg is symbol => typeof arg === 'symbol';
export const isUndefined = (arg: unknown): arg is undefined => arg === undefined;
export const isObject = (arg: unknown): boolean => arg !== null && typeof arg === 'object';
export const isFunction = (arg: unknown): arg is Function => typeof arg === 'function';
export const isPrimitive = (arg: unknown): boolean => arg === null || (typeof arg !== 'object' && typeof arg !== 'function');

export async function aborted(signal: AbortSignal, resource: unknown): Promise<void> {
  if (signal === undefined) throw nodeError('ERR_INVALID_ARG_TYPE', 'signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', { allowArray: true, allowFunction: true });
  if (signal.aborted) return;
  return new Promise<void>((resolve) => {
    const onAbort = (): void => resolve();
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

const kTransferable = Symbol.for('nodeling.transferable');

/** Marks the signal for transfer to a worker; nodeling's worker_threads honours the mark. */
export function transferableAbortSignal(signal: AbortSignal): AbortSignal {
  if (!(signal instanceof AbortSignal)) throw nodeError('ERR_INVALID_ARG_TYPE', 'signal', 'AbortSignal', signal);
  (signal as any)[kTransferable] = true;
  return signal;
}

export function transferableAbortController(): AbortController {
  const controller = new AbortController();
  transferableAbortSignal(controller.signal);
  return controller;
}

function trimSpaces(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) === 32) start++;
  while (end > start && s.charCodeAt(end - 1) === 32) end--;
  return s.slice(start, end);
}

/** Parses a dotenv file as Node 20's `--env-file` does; the result's keys come out sorted. */
export function parseEnv(content: string): Record<string, string> {
  validateString(content, 'content');
  const store = new Map<string, string>();
  let rest = trimSpaces(content.replaceAll('\r', ''));
  while (rest.length > 0) {
    if (rest[0] === '\n' || rest[0] === '#') {
      const nl = rest.indexOf('\n');
      if (nl !== -1) {
        rest = trimSpaces(rest.slice(nl + 1));
        continue;
      }
    }
    const eq = rest.indexOf('=');
    if (eq === -1) break;
    let key = trimSpaces(rest.slice(0, eq));
    rest = rest.slice(eq + 1);
    if (key.startsWith('export ')) key = key.slice(7);
    if (key.length === 0) break;
    rest = trimSpaces(rest);
    if (rest.length === 0) {
      store.set(key, '');
      break;
    }
    const quote = rest[0];
    if (quote === '"' || quote === "'" || quote === '`') {
      const close = rest.indexOf(quote, 1);
      if (close === -1) {
        const nl = rest.indexOf('\n');
        if (nl === -1) {
          store.set(key, rest);
          break;
        }
        store.set(key, rest.slice(0, nl));
        rest = rest.slice(nl);
      } else {
        const value = rest.slice(1, close);
        store.set(key, quote === '"' ? value.replaceAll('\\n', '\n') : value);
        const nl = rest.indexOf('\n', close + 1);
        rest = nl === -1 ? '' : rest.slice(nl + 1);
      }
    } else {
      const nl = rest.indexOf('\n');
      let value = nl === -1 ? rest : rest.slice(0, nl);
      const hash = value.indexOf('#');
      if (hash !== -1) value = value.slice(0, hash);
      store.set(key, trimSpaces(value));
      rest = nl === -1 ? '' : rest.slice(nl + 1);
    }
    rest = trimSpaces(rest);
  }
  const out: Record<string, string> = {};
  for (const key of [...store.keys()].sort(compareBytes)) out[key] = store.get(key)!;
  return out;
}

function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// MIME types, after the WHATWG MIME Sniffing standard's parser and serializer.

function isTokenCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
    c === 0x21 || (c >= 0x23 && c <= 0x27) || c === 0x2a || c === 0x2b || c === 0x2d || c === 0x2e ||
    c === 0x5e || c === 0x5f || c === 0x60 || c === 0x7c || c === 0x7e;
}

function isQuotedCode(c: number): boolean {
  return c === 0x09 || (c >= 0x20 && c <= 0x7e) || (c >= 0x80 && c <= 0xff);
}

/** Index of the first code unit failing `ok`, or -1. */
function firstInvalid(s: string, ok: (c: number) => boolean): number {
  for (let i = 0; i < s.length; i++) {
    if (!ok(s.charCodeAt(i))) return i;
  }
  return -1;
}

const isHttpSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

function trimHttpSpace(s: string, leading: boolean): string {
  let start = 0;
  let end = s.length;
  while (leading && start < end && isHttpSpace(s[start])) start++;
  while (end > start && isHttpSpace(s[end - 1])) end--;
  return s.slice(start, end);
}

function checkToken(value: string, production: string, shown: string): void {
  const bad = firstInvalid(value, isTokenCode);
  if (value.length === 0 || bad !== -1) throw nodeError('ERR_INVALID_MIME_SYNTAX', production, shown, bad);
}

function serializeValue(value: string): string {
  if (value.length > 0 && firstInvalid(value, isTokenCode) === -1) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

// Set by MIMEParams' static block: the parser needs the private map, nothing else does.
let parseParams: (params: MIMEParams, s: string, from: number) => void;

export class MIMEParams {
  #map = new Map<string, string>();

  delete(name: string): void {
    this.#map.delete(name);
  }

  get(name: string): string | null {
    return this.#map.get(name) ?? null;
  }

  has(name: string): boolean {
    return this.#map.has(name);
  }

  set(name: string, value: string): void {
    const key = `${name}`;
    const val = `${value}`;
    checkToken(key, 'parameter name', key);
    const bad = firstInvalid(val, isQuotedCode);
    if (bad !== -1) throw nodeError('ERR_INVALID_MIME_SYNTAX', 'parameter value', val, bad);
    this.#map.set(key, val);
  }

  entries(): IterableIterator<[string, string]> {
    return this.#map.entries();
  }

  keys(): IterableIterator<string> {
    return this.#map.keys();
  }

  values(): IterableIterator<string> {
    return this.#map.values();
  }

  toString(): string {
    let out = '';
    for (const [name, value] of this.#map) out += `${out ? ';' : ''}${name}=${serializeValue(value)}`;
    return out;
  }

  toJSON(): string {
    return this.toString();
  }

  static {
    parseParams = (params, s, from) => parseParamsInto(params.#map, s, from);
  }
}
Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  value: MIMEParams.prototype.entries, writable: true, configurable: true, enumerable: false,
});

/** Parameters as the MIME parser reads them: lowercase names, first one wins, invalid ones dropped. */
function parseParamsInto(map: Map<string, string>, s: string, from: number): void {
  let pos = from;
  while (pos < s.length) {
    pos++;
    while (isHttpSpace(s[pos])) pos++;
    let nameEnd = pos;
    while (nameEnd < s.length && s[nameEnd] !== ';' && s[nameEnd] !== '=') nameEnd++;
    const name = s.slice(pos, nameEnd).toLowerCase();
    pos = nameEnd;
    if (pos < s.length && s[pos] === ';') continue;
    pos++;
    if (pos > s.length) break;
    let value = '';
    if (s[pos] === '"') {
      pos++;
      while (pos < s.length) {
        const c = s[pos];
        if (c === '"') break;
        if (c === '\\') {
          pos++;
          if (pos >= s.length) {
            value += '\\';
            break;
          }
        }
        value += s[pos];
        pos++;
      }
      while (pos < s.length && s[pos] !== ';') pos++;
    } else {
      let end = pos;
      while (end < s.length && s[end] !== ';') end++;
      value = trimHttpSpace(s.slice(pos, end), false);
      pos = end;
      if (value.length === 0) continue;
    }
    if (name.length > 0 && firstInvalid(name, isTokenCode) === -1 && firstInvalid(value, isQuotedCode) === -1 &&
        !map.has(name)) {
      map.set(name, value);
    }
  }
}

export class MIMEType {
  #type: string;
  #subtype: string;
  #params = new MIMEParams();

  constructor(input: unknown) {
    const original = `${input}`;
    const s = trimHttpSpace(original, true);
    const slash = s.indexOf('/');
    const type = slash === -1 ? s : s.slice(0, slash);
    checkToken(type, 'type', original);
    if (slash === -1) throw nodeError('ERR_INVALID_MIME_SYNTAX', 'type', original, -1);
    let end = s.indexOf(';', slash + 1);
    if (end === -1) end = s.length;
    const subtype = trimHttpSpace(s.slice(slash + 1, end), false);
    checkToken(subtype, 'subtype', original);
    this.#type = type.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    parseParams(this.#params, s, end);
  }

  get type(): string {
    return this.#type;
  }

  set type(value: string) {
    const v = `${value}`;
    checkToken(v, 'type', v);
    this.#type = v.toLowerCase();
  }

  get subtype(): string {
    return this.#subtype;
  }

  set subtype(value: string) {
    const v = `${value}`;
    checkToken(v, 'subtype', v);
    this.#subtype = v.toLowerCase();
  }

  get essence(): string {
    return `${this.#type}/${this.#subtype}`;
  }

  get params(): MIMEParams {
    return this.#params;
  }

  toString(): string {
    const params = this.#params.toString();
    return params ? `${this.essence};${params}` : this.essence;
  }

  toJSON(): string {
    return this.toString();
  }
}

export const TextEncoder = globalThis.TextEncoder;
export const TextDecoder = globalThis.TextDecoder;

export {
  debuglog, debuglog as debug, format, formatWithOptions, inspect, isDeepStrictEqual, isDate, isError, isRegExp,
  parseArgs, stripVTControlCharacters, types,
};

/** The module object programs see, with Node's keys in Node's order. */
const util = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual,
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp,
  isObject,
  isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal,
  transferableAbortController,
  aborted,
  types,
  parseEnv,
  parseArgs,
  TextDecoder,
  TextEncoder,
  MIMEType,
  MIMEParams,
};
export default util;
