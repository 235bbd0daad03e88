// node layer: the digest algorithms behind createHash/createHmac/pbkdf2 — OpenSSL's names and
// aliases mapped to the host engine's native digests where it has them, else to @noble/hashes
// implementations, and Node's getHashes() list.
import { blake2b, blake2s } from '@noble/hashes/blake2.js';
import { md5, ripemd160, sha1 } from '@noble/hashes/legacy.js';
import { sha224, sha256, sha384, sha512, sha512_224, sha512_256 } from '@noble/hashes/sha2.js';
import { sha3_224, sha3_256, sha3_384, sha3_512, shake128, shake256 } from '@noble/hashes/sha3.js';
import { MAX_IO_CHUNK } from '../../../abi/channel.js';
import * as binding from '../../binding/crypto.js';
import { host, type HostHash, type HostNatives, type RuntimeHost } from '../../binding/host.js';

/** The incremental hash state every algorithm exposes. */
export interface HashState {
  update(data: Uint8Array): unknown;
  digest(): Uint8Array;
  clone(): HashState;
}

export interface Algorithm {
  outputLen: number;
  blockLen: number;
  xof: boolean;
  /** A fresh state; `outputLen` only for extendable-output functions (shake). */
  create(outputLen?: number): HashState;
  /** Sets the digest length of a state (extendable-output functions only), e.g. of a copy. */
  resize?(state: HashState, outputLen: number): void;
  /** The @noble/hashes function, for hmac/pbkdf2 (absent for composite algorithms). */
  noble?: { (msg: Uint8Array): Uint8Array; create(): HashState; outputLen: number; blockLen: number };
}

type Noble = NonNullable<Algorithm['noble']>;

// The host's natives, looked up on first use: this module may be evaluated before the host is set.
let _natives: HostNatives | undefined;

/** A host digest behind the interface of the portable ones. */
class NativeState implements HashState {
  constructor(private readonly _hash: HostHash) {}
  update(data: Uint8Array): this {
    this._hash.update(data);
    return this;
  }
  digest(): Uint8Array {
    return this._hash.digest();
  }
  clone(): HashState {
    return new NativeState(this._hash.copy());
  }
}

/**
 * Makes `algorithm` prefer the host's native digest called `name` (OpenSSL's name); its own
 * `create` stays the portable fallback, for good once the host says it does not know the name.
 * The host's digests beat @noble/hashes at every size, from empty messages on.
 */
function preferNative(name: string, algorithm: Algorithm): Algorithm {
  const portable = algorithm.create;
  let hostHasIt = true;
  algorithm.create = (outputLen) => {
    if (hostHasIt) {
      const make = (_natives ??= (host() as RuntimeHost | null)?.natives)?.createHash;
      if (make !== undefined) {
        const state = make(name);
        if (state !== null) return new NativeState(state);
        hostHasIt = false;
      }
    }
    return portable(outputLen);
  };
  return algorithm;
}

function plain(fn: unknown, name: string): Algorithm {
  const noble = fn as Noble;
  return preferNative(name, { outputLen: noble.outputLen, blockLen: noble.blockLen, xof: false, create: () => noble.create(), noble });
}

/** SHA-1 and SHA-2 digests that the engine's WebCrypto also makes, through the kernel. */
function engine(fn: unknown, name: string, webName: string): Algorithm {
  const noble = fn as Noble;
  const algorithm: Algorithm = {
    outputLen: noble.outputLen, blockLen: noble.blockLen, xof: false, create: () => new EngineDigest(noble, webName), noble,
  };
  return preferNative(name, algorithm);
}

function xof(fn: unknown, defaultLen: number): Algorithm {
  const noble = fn as Noble & { create(opts: { dkLen: number }): HashState };
  return {
    outputLen: defaultLen,
    blockLen: noble.blockLen,
    xof: true,
    create: (len = defaultLen) => noble.create({ dkLen: len }),
    resize: (state, len) => { (state as HashState & { outputLen: number }).outputLen = len; },
  };
}

// Messages shorter than this are hashed here; longer ones go to the engine's native digest through
// the kernel: about twice as fast end to end on a Node host (sha256 of 256 MiB: ~290 against
// ~145 MB/s), the copies through the channel costing about as much as the hashing itself.
const kEngineFrom = 256 * 1024;

// Sessions of states dropped without a digest are ended, so the kernel does not keep their bytes.
const sessionReaper = typeof FinalizationRegistry === 'function'
  ? new FinalizationRegistry<number>((id) => binding.digestFree(id))
  : undefined;

/**
 * A SHA-1/SHA-2 state that gathers its message: short messages are hashed by @noble/hashes at
 * digest(), long ones by the engine's WebCrypto in the kernel. Data is copied on update, as
 * Node's hash consumes it then. Should the kernel refuse (a session over its size limit), the
 * bytes it holds are read back and hashing goes on here.
 */
class EngineDigest implements HashState {
  /** Bytes not yet sent to the kernel (all of a short message). */
  private _pending: Uint8Array;
  private _pendingLength = 0;
  private _session = 0;
  /** Bytes the kernel holds for the session. */
  private _sent = 0;
  /** Set once hashing moved here for good. */
  private _own: HashState | undefined;

  constructor(private readonly _noble: Noble, private readonly _name: string, pendingCapacity = 1024) {
    this._pending = new Uint8Array(pendingCapacity);
  }

  update(data: Uint8Array): this {
    if (this._own !== undefined) {
      this._own.update(data);
      return this;
    }
    const needed = this._pendingLength + data.length;
    if (needed <= kEngineFrom) {
      if (needed > this._pending.length) this._grow(needed);
      this._pending.set(data, this._pendingLength);
      this._pendingLength = needed;
      return this;
    }
    const base = this._sent;
    if (this._session === 0) {
      const id = binding.digestOpen(this._name);
      if (id < 0) return this._hashHere(data, base);
      this._session = id;
      sessionReaper?.register(this, id, this);
    }
    if (!this._flush()) return this._hashHere(data, base);
    if (data.length >= kEngineFrom) {
      const before = this._sent;
      if (!this._send(data)) return this._hashHere(data, before);
    } else {
      if (this._pending.length < kEngineFrom) this._grow(kEngineFrom);
      this._pending.set(data, 0);
      this._pendingLength = data.length;
    }
    return this;
  }

  digest(): Uint8Array {
    if (this._own !== undefined) return this._own.digest();
    if (this._session === 0) return this._noble(this._pending.subarray(0, this._pendingLength));
    const base = this._sent;
    if (this._flush()) {
      const digest = binding.digestEnd(this._session);
      if (digest !== undefined) {
        // The kernel ended the session: the reaper must not end it again.
        sessionReaper?.unregister(this);
        this._session = 0;
        return digest;
      }
    }
    return this._hashHere(new Uint8Array(0), base)._own!.digest();
  }

  clone(): HashState {
    const copy = new EngineDigest(this._noble, this._name, this._pending.length);
    copy._pending.set(this._pending.subarray(0, this._pendingLength));
    copy._pendingLength = this._pendingLength;
    if (this._own !== undefined) copy._own = this._own.clone();
    else if (this._session !== 0) {
      const id = binding.digestCopy(this._session);
      if (id < 0) copy._hashHere(new Uint8Array(0), this._sent, this._session);
      else {
        copy._session = id;
        copy._sent = this._sent;
        sessionReaper?.register(copy, id, copy);
      }
    }
    return copy;
  }

  private _grow(needed: number): void {
    let size = this._pending.length * 2;
    while (size < needed) size *= 2;
    const bigger = new Uint8Array(size > kEngineFrom ? kEngineFrom : size);
    bigger.set(this._pending.subarray(0, this._pendingLength));
    this._pending = bigger;
  }

  /** Sends what is pending to the kernel; false when it refused. */
  private _flush(): boolean {
    if (this._pendingLength === 0) return true;
    // The kernel keeps what it receives: send a copy and keep the buffer for reuse.
    if (!this._send(this._pending.slice(0, this._pendingLength))) return false;
    this._pendingLength = 0;
    return true;
  }

  private _send(data: Uint8Array): boolean {
    for (let at = 0; at < data.length; at += MAX_IO_CHUNK) {
      const end = at + MAX_IO_CHUNK < data.length ? at + MAX_IO_CHUNK : data.length;
      if (binding.digestWrite(this._session, data.subarray(at, end)) < 0) return false;
      this._sent += end - at;
    }
    return true;
  }

  /**
   * Moves hashing here. The message is the kernel's bytes for `session` (read back), then the
   * pending bytes, then `data`; the kernel got its bytes past `base` from the start of that rest.
   */
  private _hashHere(data: Uint8Array, base: number, session = this._session): this {
    const own = this._noble.create();
    let received = 0;
    if (session !== 0) {
      for (;;) {
        const piece = binding.digestRead(session, received);
        if (piece === undefined || piece.length === 0) break;
        own.update(piece);
        received += piece.length;
      }
      if (session === this._session) {
        sessionReaper?.unregister(this);
        binding.digestFree(session);
        this._session = 0;
      }
    }
    const done = received - base;
    const pending = this._pending.subarray(0, this._pendingLength);
    own.update(pending.subarray(done < pending.length ? done : pending.length));
    const intoData = done - pending.length;
    own.update(intoData > 0 ? data.subarray(intoData) : data);
    this._pendingLength = 0;
    this._own = own;
    return this;
  }
}

/** OpenSSL's MD5+SHA1 concatenation (used by old TLS). */
class Md5Sha1 implements HashState {
  constructor(private readonly _a: HashState, private readonly _b: HashState) {}
  update(data: Uint8Array): this {
    this._a.update(data);
    this._b.update(data);
    return this;
  }
  digest(): Uint8Array {
    const a = this._a.digest();
    const b = this._b.digest();
    const out = new Uint8Array(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return out;
  }
  clone(): HashState {
    return new Md5Sha1(this._a.clone(), this._b.clone());
  }
}

const MD5 = plain(md5, 'md5');
const SHA1 = engine(sha1, 'sha1', 'SHA-1');
const RIPEMD160 = plain(ripemd160, 'ripemd160');
const SHA224 = plain(sha224, 'sha224');
const SHA256 = engine(sha256, 'sha256', 'SHA-256');
const SHA384 = engine(sha384, 'sha384', 'SHA-384');
const SHA512 = engine(sha512, 'sha512', 'SHA-512');
const SHA512_224 = plain(sha512_224, 'sha512-224');
const SHA512_256 = plain(sha512_256, 'sha512-256');
const SHA3_224 = plain(sha3_224, 'sha3-224');
const SHA3_256 = plain(sha3_256, 'sha3-256');
const SHA3_384 = plain(sha3_384, 'sha3-384');
const SHA3_512 = plain(sha3_512, 'sha3-512');
const BLAKE2B512 = plain(blake2b, 'blake2b512');
const BLAKE2S256 = plain(blake2s, 'blake2s256');
const MD5_SHA1 = preferNative('md5-sha1', {
  outputLen: 36, blockLen: 64, xof: false, create: () => new Md5Sha1(md5.create(), sha1.create()),
});

// Keys are lower case: OpenSSL looks digest names up case-insensitively.
const byName = new Map<string, Algorithm>([
  ['md5', MD5], ['rsa-md5', MD5], ['md5withrsaencryption', MD5], ['ssl3-md5', MD5],
  ['sha1', SHA1], ['rsa-sha1', SHA1], ['rsa-sha1-2', SHA1], ['sha1withrsaencryption', SHA1],
  ['ssl3-sha1', SHA1], ['sha-1', SHA1],
  ['ripemd160', RIPEMD160], ['ripemd', RIPEMD160], ['rmd160', RIPEMD160], ['rsa-ripemd160', RIPEMD160],
  ['ripemd160withrsa', RIPEMD160], ['ripemd-160', RIPEMD160],
  ['sha224', SHA224], ['rsa-sha224', SHA224], ['sha224withrsaencryption', SHA224], ['sha-224', SHA224], ['sha2-224', SHA224],
  ['sha256', SHA256], ['rsa-sha256', SHA256], ['sha256withrsaencryption', SHA256], ['sha-256', SHA256], ['sha2-256', SHA256],
  ['sha384', SHA384], ['rsa-sha384', SHA384], ['sha384withrsaencryption', SHA384], ['sha-384', SHA384], ['sha2-384', SHA384],
  ['sha512', SHA512], ['rsa-sha512', SHA512], ['sha512withrsaencryption', SHA512], ['sha-512', SHA512], ['sha2-512', SHA512],
  ['sha512-224', SHA512_224], ['rsa-sha512/224', SHA512_224], ['sha512-224withrsaencryption', SHA512_224],
  ['sha-512/224', SHA512_224], ['sha2-512/224', SHA512_224],
  ['sha512-256', SHA512_256], ['rsa-sha512/256', SHA512_256], ['sha512-256withrsaencryption', SHA512_256],
  ['sha-512/256', SHA512_256], ['sha2-512/256', SHA512_256],
  ['sha3-224', SHA3_224], ['rsa-sha3-224', SHA3_224], ['id-rsassa-pkcs1-v1_5-with-sha3-224', SHA3_224],
  ['sha3-256', SHA3_256], ['rsa-sha3-256', SHA3_256], ['id-rsassa-pkcs1-v1_5-with-sha3-256', SHA3_256],
  ['sha3-384', SHA3_384], ['rsa-sha3-384', SHA3_384], ['id-rsassa-pkcs1-v1_5-with-sha3-384', SHA3_384],
  ['sha3-512', SHA3_512], ['rsa-sha3-512', SHA3_512], ['id-rsassa-pkcs1-v1_5-with-sha3-512', SHA3_512],
  ['shake128', xof(shake128, 16)], ['shake256', xof(shake256, 32)],
  ['blake2b512', BLAKE2B512], ['blake2s256', BLAKE2S256],
  ['md5-sha1', MD5_SHA1],
]);

export function lookupAlgorithm(name: string): Algorithm | undefined {
  return byName.get(name.toLowerCase());
}

/** Node 20's `crypto.getHashes()`; sm3 is listed by Node but not implemented here. */
export const hashNames: readonly string[] = [
  'RSA-MD5', 'RSA-RIPEMD160', 'RSA-SHA1', 'RSA-SHA1-2', 'RSA-SHA224', 'RSA-SHA256', 'RSA-SHA3-224',
  'RSA-SHA3-256', 'RSA-SHA3-384', 'RSA-SHA3-512', 'RSA-SHA384', 'RSA-SHA512', 'RSA-SHA512/224',
  'RSA-SHA512/256', 'RSA-SM3', 'blake2b512', 'blake2s256', 'id-rsassa-pkcs1-v1_5-with-sha3-224',
  'id-rsassa-pkcs1-v1_5-with-sha3-256', 'id-rsassa-pkcs1-v1_5-with-sha3-384',
  'id-rsassa-pkcs1-v1_5-with-sha3-512', 'md5', 'md5-sha1', 'md5WithRSAEncryption', 'ripemd', 'ripemd160',
  'ripemd160WithRSA', 'rmd160', 'sha1', 'sha1WithRSAEncryption', 'sha224', 'sha224WithRSAEncryption',
  'sha256', 'sha256WithRSAEncryption', 'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'sha384',
  'sha384WithRSAEncryption', 'sha512', 'sha512-224', 'sha512-224WithRSAEncryption', 'sha512-256',
  'sha512-256WithRSAEncryption', 'sha512WithRSAEncryption', 'shake128', 'shake256', 'sm3',
  'sm3WithRSAEncryption', 'ssl3-md5', 'ssl3-sha1',
];
