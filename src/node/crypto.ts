// node layer: Node's `crypto` module — hashes, HMAC, pbkdf2/scrypt (over @noble/hashes), random
// numbers and webcrypto (the engine's own); ciphers, keys and signatures are not implemented.
import { pbkdf2 as noblePbkdf2 } from '@noble/hashes/pbkdf2.js';
import { scrypt as nobleScrypt } from '@noble/hashes/scrypt.js';
import { Buffer } from './buffer.js';
import { Transform } from './stream.js';
import { nodeError } from './internal/errors.js';
import { queueIo } from './internal/loop.js';
import {
  validateFunction, validateInt32, validateNumber, validateObject, validateString, validateUint32,
} from './internal/validators.js';
import { hashNames, lookupAlgorithm, type Algorithm, type HashState } from './internal/crypto/hashes.js';
import { installSubtleLoopRefs } from './internal/crypto/webcrypto.js';

type BinaryLike = string | ArrayBufferView;
type Callback<T> = (err: Error | null, result?: T) => void;

const webcrypto = globalThis.crypto;
const subtle = webcrypto.subtle;
installSubtleLoopRefs(subtle);

function bytesOf(view: ArrayBufferView): Uint8Array {
  return view instanceof Uint8Array ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

/** Data for update()/hash(): a string in `encoding`, or any ArrayBufferView as bytes. */
function dataBytes(data: unknown, encoding: unknown, name: string): Uint8Array {
  if (typeof data === 'string') return Buffer.from(data, (encoding as BufferEncoding) ?? 'utf8');
  if (ArrayBuffer.isView(data)) return bytesOf(data);
  throw nodeError('ERR_INVALID_ARG_TYPE', name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

/** Passwords, salts and keys: strings (UTF-8), ArrayBuffers and views. */
function keyBytes(value: unknown, name: string, types: string[]): Uint8Array {
  if (typeof value === 'string') return Buffer.from(value);
  if (ArrayBuffer.isView(value)) return bytesOf(value);
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  throw nodeError('ERR_INVALID_ARG_TYPE', name, types, value);
}

function encode(bytes: Uint8Array, encoding: unknown): Buffer | string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding === undefined || encoding === 'buffer' || !Buffer.isEncoding(encoding as string)) return buf;
  return buf.toString(encoding as BufferEncoding);
}

function xofLengthError(): Error {
  const err = new Error('error:030000B2:digital envelope routines::not XOF or invalid length') as Error &
    Record<string, string>;
  err.library = 'digital envelope routines';
  err.reason = 'not XOF or invalid length';
  err.code = 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH';
  return err;
}

const kState = Symbol('kState');

/** `crypto.Hash`: an incremental digest that is also a Transform (write data, read the digest). */
export class Hash extends Transform {
  private [kState]: HashState;
  private _algorithm: Algorithm;
  private _finalized = false;

  constructor(algorithm: unknown, options?: Record<string, unknown>) {
    let state: HashState;
    let alg: Algorithm | undefined;
    const outputLength = options?.outputLength;
    if (algorithm instanceof Hash) {
      if (outputLength !== undefined) validateUint32(outputLength, 'options.outputLength');
      alg = algorithm._algorithm;
      if (outputLength !== undefined && !alg.xof && outputLength !== alg.outputLen) throw xofLengthError();
      state = algorithm[kState].clone();
      // A copy digests to the length it is given, else to the algorithm's default (not the original's).
      alg.resize?.(state, (outputLength as number | undefined) ?? alg.outputLen);
    } else {
      validateString(algorithm, 'algorithm');
      if (outputLength !== undefined) validateUint32(outputLength, 'options.outputLength');
      alg = lookupAlgorithm(algorithm);
      if (!alg) throw new Error('Digest method not supported');
      if (outputLength !== undefined && !alg.xof && outputLength !== alg.outputLen) throw xofLengthError();
      state = alg.create(outputLength as number | undefined);
    }
    super(options);
    this[kState] = state;
    this._algorithm = alg;
  }

  copy(options?: Record<string, unknown>): Hash {
    if (this._finalized) throw nodeError('ERR_CRYPTO_HASH_FINALIZED');
    return new Hash(this, options);
  }

  update(data: BinaryLike, encoding?: string): this {
    if (this._finalized) throw nodeError('ERR_CRYPTO_HASH_FINALIZED');
    this[kState].update(dataBytes(data, encoding, 'data'));
    return this;
  }

  digest(encoding?: string): Buffer | string {
    if (this._finalized) throw nodeError('ERR_CRYPTO_HASH_FINALIZED');
    this._finalized = true;
    return encode(this[kState].digest(), encoding);
  }

  _transform(chunk: Buffer, encoding: string, callback: () => void): void {
    this[kState].update(dataBytes(chunk, encoding === 'buffer' ? undefined : encoding, 'data'));
    callback();
  }

  _flush(callback: () => void): void {
    this.push(this.digest());
    callback();
  }
}

/** `crypto.Hmac`: HMAC over any supported digest; a second digest() yields an empty result. */
export class Hmac extends Transform {
  private _inner: HashState | null;
  private readonly _outer: HashState;

  constructor(hmac: unknown, key: unknown, options?: Record<string, unknown>) {
    validateString(hmac, 'hmac');
    const keyData = keyBytes(key, 'key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey']);
    const alg = lookupAlgorithm(hmac);
    if (!alg) throw nodeError('ERR_CRYPTO_INVALID_DIGEST', hmac);
    super(options);
    const block = new Uint8Array(alg.blockLen);
    block.set(keyData.length > alg.blockLen ? lastDigest(alg, keyData) : keyData);
    const pad = new Uint8Array(alg.blockLen);
    for (let i = 0; i < pad.length; i++) pad[i] = block[i]! ^ 0x36;
    this._inner = alg.create();
    this._inner.update(pad);
    for (let i = 0; i < pad.length; i++) pad[i] = block[i]! ^ 0x5c;
    this._outer = alg.create();
    this._outer.update(pad);
  }

  update(data: BinaryLike, encoding?: string): this {
    if (this._inner === null) throw nodeError('ERR_CRYPTO_HASH_FINALIZED');
    this._inner.update(dataBytes(data, encoding, 'data'));
    return this;
  }

  digest(encoding?: string): Buffer | string {
    if (this._inner === null) return encode(new Uint8Array(0), encoding);
    this._outer.update(this._inner.digest());
    this._inner = null;
    return encode(this._outer.digest(), encoding);
  }

  _transform(chunk: Buffer, encoding: string, callback: () => void): void {
    this.update(chunk, encoding === 'buffer' ? undefined : encoding);
    callback();
  }

  _flush(callback: () => void): void {
    this.push(this.digest());
    callback();
  }
}

function lastDigest(alg: Algorithm, data: Uint8Array): Uint8Array {
  const state = alg.create();
  state.update(data);
  return state.digest();
}

export function createHash(algorithm: string, options?: Record<string, unknown>): Hash {
  return new Hash(algorithm, options);
}

export function createHmac(hmac: string, key: unknown, options?: Record<string, unknown>): Hmac {
  return new Hmac(hmac, key, options);
}

/** `crypto.hash(algorithm, data[, outputEncoding])`, Node 20.12's one-shot digest. */
export function hash(algorithm: unknown, input: unknown, outputEncoding: unknown = 'hex'): Buffer | string {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'input', ['string', 'Buffer', 'TypedArray', 'DataView'], input);
  }
  validateString(outputEncoding, 'outputEncoding');
  const alg = lookupAlgorithm(algorithm);
  if (!alg) throw new Error(`Digest method ${algorithm} is not supported`);
  return encode(lastDigest(alg, dataBytes(input, 'utf8', 'input')), outputEncoding);
}

export function getHashes(): string[] {
  return [...hashNames];
}

/** Ciphers are not implemented, so none is listed (Node lists OpenSSL's ~130). */
export function getCiphers(): string[] {
  return [];
}

export function getCurves(): string[] {
  return [];
}

// ---- random ------------------------------------------------------------------------------------

const kMaxRandom = 65536;

function fillRandom(bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; at += kMaxRandom) {
    webcrypto.getRandomValues(bytes.subarray(at, Math.min(at + kMaxRandom, bytes.length)));
  }
}

export function randomBytes(size: unknown, callback?: Callback<Buffer>): Buffer | undefined {
  validateNumber(size, 'size', 0, 2147483647);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = Buffer.allocUnsafe(size);
  fillRandom(buf);
  if (callback === undefined) return buf;
  queueIo(() => callback(null, buf));
  return undefined;
}

function fillTarget(buf: unknown): Uint8Array {
  if (ArrayBuffer.isView(buf)) return bytesOf(buf);
  if (buf instanceof ArrayBuffer) return new Uint8Array(buf);
  throw nodeError('ERR_INVALID_ARG_TYPE', 'buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
}

function fillRange(bytes: Uint8Array, elementSize: number, offset: unknown, size: unknown): [number, number] {
  const length = bytes.length / elementSize;
  validateNumber(offset, 'offset', 0, length);
  const start = offset * elementSize;
  if (size === undefined) return [start, bytes.length - start];
  validateNumber(size, 'size', 0, length);
  if (size + offset > length) throw nodeError('ERR_OUT_OF_RANGE', 'size + offset', `<= ${length}`, size + offset);
  return [start, size * elementSize];
}

export function randomFillSync<T extends ArrayBufferView | ArrayBuffer>(buf: T, offset: unknown = 0, size?: unknown): T {
  const bytes = fillTarget(buf);
  const elementSize = ArrayBuffer.isView(buf) ? ((buf as unknown as { BYTES_PER_ELEMENT?: number }).BYTES_PER_ELEMENT ?? 1) : 1;
  const [start, count] = fillRange(bytes, elementSize, offset, size);
  fillRandom(bytes.subarray(start, start + count));
  return buf;
}

export function randomFill(buf: unknown, offset: unknown, size?: unknown, callback?: unknown): void {
  const bytes = fillTarget(buf);
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  }
  validateFunction(callback, 'callback');
  const elementSize = ArrayBuffer.isView(buf) ? ((buf as unknown as { BYTES_PER_ELEMENT?: number }).BYTES_PER_ELEMENT ?? 1) : 1;
  const [start, count] = fillRange(bytes, elementSize, offset, size);
  fillRandom(bytes.subarray(start, start + count));
  const cb = callback as Callback<unknown>;
  queueIo(() => cb(null, buf));
}

const kRandomIntMax = 2 ** 48 - 1;

export function randomInt(min: unknown, max?: unknown, callback?: unknown): number | undefined {
  // randomInt(max), randomInt(max, cb), randomInt(min, max), randomInt(min, max, cb)
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw nodeError('ERR_INVALID_ARG_TYPE', 'min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw nodeError('ERR_INVALID_ARG_TYPE', 'max', 'a safe integer', max);
  const lo = min as number;
  const hi = max as number;
  if (hi <= lo) throw nodeError('ERR_OUT_OF_RANGE', 'max', `greater than the value of "min" (${lo})`, hi);
  const range = hi - lo;
  if (!(range <= kRandomIntMax)) throw nodeError('ERR_OUT_OF_RANGE', 'max - min', `<= ${kRandomIntMax}`, range);
  // Rejection sampling over 48-bit draws keeps the distribution uniform.
  const limit = kRandomIntMax - (kRandomIntMax % range);
  const draw = new Uint8Array(6);
  let n: number;
  do {
    webcrypto.getRandomValues(draw);
    n = draw[0]! * 2 ** 40 + draw[1]! * 2 ** 32 + draw[2]! * 2 ** 24 + draw[3]! * 2 ** 16 + draw[4]! * 2 ** 8 + draw[5]!;
  } while (n >= limit);
  const value = lo + (n % range);
  if (isSync) return value;
  const cb = callback as (err: undefined, n: number) => void;
  queueIo(() => cb(undefined, value));
  return undefined;
}

export function randomUUID(options?: unknown): string {
  if (options !== undefined) validateObject(options, 'options');
  return webcrypto.randomUUID();
}

export function getRandomValues<T extends ArrayBufferView | null>(data: T): T {
  return webcrypto.getRandomValues(data as unknown as Uint8Array) as unknown as T;
}

export function timingSafeEqual(buf1: unknown, buf2: unknown): boolean {
  const types = ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
  const a = ArrayBuffer.isView(buf1) ? bytesOf(buf1) : buf1 instanceof ArrayBuffer ? new Uint8Array(buf1) : null;
  if (!a) throw nodeError('ERR_INVALID_ARG_TYPE', 'buf1', types, buf1);
  const b = ArrayBuffer.isView(buf2) ? bytesOf(buf2) : buf2 instanceof ArrayBuffer ? new Uint8Array(buf2) : null;
  if (!b) throw nodeError('ERR_INVALID_ARG_TYPE', 'buf2', types, buf2);
  if (a.length !== b.length) throw nodeError('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH');
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

// ---- key derivation ------------------------------------------------------------------------------

const kBinaryTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function pbkdf2Derive(password: unknown, salt: unknown, iterations: unknown, keylen: unknown, digest: unknown): () => Buffer {
  const pass = keyBytes(password, 'password', kBinaryTypes);
  const saltBytes = keyBytes(salt, 'salt', kBinaryTypes);
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  validateString(digest, 'digest');
  const alg = lookupAlgorithm(digest);
  if (!alg?.noble) throw nodeError('ERR_CRYPTO_INVALID_DIGEST', digest);
  const noble = alg.noble;
  return () => {
    const out = keylen === 0 ? new Uint8Array(0) : noblePbkdf2(noble as never, pass, saltBytes, { c: iterations, dkLen: keylen });
    return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  };
}

export function pbkdf2Sync(password: unknown, salt: unknown, iterations: unknown, keylen: unknown, digest: unknown): Buffer {
  return pbkdf2Derive(password, salt, iterations, keylen, digest)();
}

export function pbkdf2(password: unknown, salt: unknown, iterations: unknown, keylen: unknown, digest: unknown, callback?: unknown): void {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const derive = pbkdf2Derive(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  const cb = callback as Callback<Buffer>;
  const result = derive();
  queueIo(() => cb(null, result));
}

interface ScryptParams { N: number; r: number; p: number; maxmem: number }

function scryptParams(options: unknown): ScryptParams {
  const params: ScryptParams = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };
  if (options == null) return params;
  validateObject(options, 'options');
  const pairs: [keyof ScryptParams, string, string][] = [['N', 'N', 'cost'], ['r', 'r', 'blockSize'], ['p', 'p', 'parallelization']];
  for (const [key, short, long] of pairs) {
    const a = options[short];
    const b = options[long];
    if (a !== undefined && b !== undefined) throw nodeError('ERR_CRYPTO_SCRYPT_INVALID_PARAMETER');
    const value = a !== undefined ? a : b;
    if (value !== undefined) {
      validateUint32(value, `options.${a !== undefined ? short : long}`);
      params[key] = value;
    }
  }
  if (options.maxmem !== undefined) {
    validateInt32(options.maxmem, 'options.maxmem', 0);
    params.maxmem = options.maxmem;
  }
  if (params.N < 2 || (params.N & (params.N - 1)) !== 0 || params.r < 1 || params.p < 1) {
    throw nodeError('ERR_CRYPTO_INVALID_SCRYPT_PARAMS');
  }
  if (128 * params.N * params.r > params.maxmem) {
    throw nodeError('ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'error:030000AC:digital envelope routines::memory limit exceeded');
  }
  return params;
}

function scryptDerive(password: unknown, salt: unknown, keylen: unknown, options: unknown): () => Buffer {
  const pass = keyBytes(password, 'password', kBinaryTypes);
  const saltBytes = keyBytes(salt, 'salt', kBinaryTypes);
  validateInt32(keylen, 'keylen', 0);
  const { N, r, p } = scryptParams(options);
  return () => {
    const out = keylen === 0 ? new Uint8Array(0) : nobleScrypt(pass, saltBytes, { N, r, p, dkLen: keylen, maxmem: 2 ** 32 });
    return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  };
}

export function scryptSync(password: unknown, salt: unknown, keylen: unknown, options?: unknown): Buffer {
  return scryptDerive(password, salt, keylen, options)();
}

export function scrypt(password: unknown, salt: unknown, keylen: unknown, options: unknown, callback?: unknown): void {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const derive = scryptDerive(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  const cb = callback as Callback<Buffer>;
  const result = derive();
  queueIo(() => cb(null, result));
}

// ---- not implemented ---------------------------------------------------------------------------

function missing(name: string) {
  return function notImplemented(): never {
    throw nodeError('ERR_NOT_IMPLEMENTED', `crypto.${name}`);
  };
}

export const checkPrime = missing('checkPrime');
export const checkPrimeSync = missing('checkPrimeSync');
export const createCipheriv = missing('createCipheriv');
export const createDecipheriv = missing('createDecipheriv');
export const createDiffieHellman = missing('createDiffieHellman');
export const createDiffieHellmanGroup = missing('createDiffieHellmanGroup');
export const createECDH = missing('createECDH');
export const createPrivateKey = missing('createPrivateKey');
export const createPublicKey = missing('createPublicKey');
export const createSecretKey = missing('createSecretKey');
export const createSign = missing('createSign');
export const createVerify = missing('createVerify');
export const diffieHellman = missing('diffieHellman');
export const generatePrime = missing('generatePrime');
export const generatePrimeSync = missing('generatePrimeSync');
export const getCipherInfo = missing('getCipherInfo');
export const getDiffieHellman = missing('getDiffieHellman');
export const hkdf = missing('hkdf');
export const hkdfSync = missing('hkdfSync');
export const generateKeyPair = missing('generateKeyPair');
export const generateKeyPairSync = missing('generateKeyPairSync');
export const generateKey = missing('generateKey');
export const generateKeySync = missing('generateKeySync');
export const privateDecrypt = missing('privateDecrypt');
export const privateEncrypt = missing('privateEncrypt');
export const publicDecrypt = missing('publicDecrypt');
export const publicEncrypt = missing('publicEncrypt');
export const sign = missing('sign');
export const setEngine = missing('setEngine');
export const verify = missing('verify');
export const Certificate = missing('Certificate');
export const Cipher = missing('Cipher');
export const Cipheriv = missing('Cipheriv');
export const Decipher = missing('Decipher');
export const Decipheriv = missing('Decipheriv');
export const DiffieHellman = missing('DiffieHellman');
export const DiffieHellmanGroup = missing('DiffieHellmanGroup');
export const ECDH = missing('ECDH');
export const KeyObject = missing('KeyObject');
export const Sign = missing('Sign');
export const Verify = missing('Verify');
export const X509Certificate = missing('X509Certificate');

export function getFips(): number {
  return 0;
}

export function setFips(value: unknown): void {
  if (value) throw nodeError('ERR_NOT_IMPLEMENTED', 'crypto.setFips');
}

export function secureHeapUsed(): { total: number; min: number; used: number; utilization: number } {
  return { total: 0, min: 0, used: 0, utilization: 0 };
}

const kDefaultCipherList = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
  'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
  'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:' +
  'ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:' +
  '!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';

/** Node 20.20's `crypto.constants` (OpenSSL 3.0 values), in Node's key order. */
export const constants = Object.freeze({
  OPENSSL_VERSION_NUMBER: 805306672, SSL_OP_ALL: 2147485776, SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144, SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768, SSL_OP_COOKIE_EXCHANGE: 8192, SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048, SSL_OP_LEGACY_SERVER_CONNECT: 4, SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288, SSL_OP_NO_QUERY_MTU: 4096, SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536, SSL_OP_NO_SSLv2: 0, SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384, SSL_OP_NO_TLSv1: 67108864, SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728, SSL_OP_NO_TLSv1_3: 536870912, SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608, ENGINE_METHOD_RSA: 1, ENGINE_METHOD_DSA: 2, ENGINE_METHOD_DH: 4,
  ENGINE_METHOD_RAND: 8, ENGINE_METHOD_EC: 2048, ENGINE_METHOD_CIPHERS: 64, ENGINE_METHOD_DIGESTS: 128,
  ENGINE_METHOD_PKEY_METHS: 512, ENGINE_METHOD_PKEY_ASN1_METHS: 1024, ENGINE_METHOD_ALL: 65535,
  ENGINE_METHOD_NONE: 0, DH_CHECK_P_NOT_SAFE_PRIME: 2, DH_CHECK_P_NOT_PRIME: 1,
  DH_UNABLE_TO_CHECK_GENERATOR: 4, DH_NOT_SUITABLE_GENERATOR: 8, RSA_PKCS1_PADDING: 1, RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4, RSA_X931_PADDING: 5, RSA_PKCS1_PSS_PADDING: 6, RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2, RSA_PSS_SALTLEN_AUTO: -2, defaultCoreCipherList: kDefaultCipherList,
  TLS1_VERSION: 769, TLS1_1_VERSION: 770, TLS1_2_VERSION: 771, TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2, POINT_CONVERSION_UNCOMPRESSED: 4, POINT_CONVERSION_HYBRID: 6,
  defaultCipherList: kDefaultCipherList,
});

export { webcrypto, subtle };

export default {
  checkPrime, checkPrimeSync, createCipheriv, createDecipheriv, createDiffieHellman, createDiffieHellmanGroup,
  createECDH, createHash, createHmac, createPrivateKey, createPublicKey, createSecretKey, createSign,
  createVerify, diffieHellman, generatePrime, generatePrimeSync, getCiphers, getCipherInfo, getCurves,
  getDiffieHellman, getHashes, hkdf, hkdfSync, pbkdf2, pbkdf2Sync, generateKeyPair, generateKeyPairSync,
  generateKey, generateKeySync, privateDecrypt, privateEncrypt, publicDecrypt, publicEncrypt, randomBytes,
  randomFill, randomFillSync, randomInt, randomUUID, scrypt, scryptSync, sign, setEngine, timingSafeEqual,
  getFips, setFips, verify, hash, Certificate, Cipher, Cipheriv, Decipher, Decipheriv, DiffieHellman,
  DiffieHellmanGroup, ECDH, Hash, Hmac, KeyObject, Sign, Verify, X509Certificate, secureHeapUsed, constants,
  webcrypto, subtle, getRandomValues,
};
