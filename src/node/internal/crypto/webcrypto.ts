// node layer: WebCrypto as the engine provides it, with Node's loop accounting: Node keeps the
// process alive while a `crypto.subtle` operation runs on its thread pool, and settles it as an I/O completion.
import { queueIo, refHandle } from '../loop.js';

const asyncMethods = [
  'encrypt', 'decrypt', 'sign', 'verify', 'digest', 'generateKey', 'deriveKey', 'deriveBits',
  'importKey', 'exportKey', 'wrapKey', 'unwrapKey',
] as const;

const wrappedPrototypes = new WeakSet<object>();

/**
 * Wraps the engine's SubtleCrypto methods in place, so `crypto.subtle` stays the engine's own
 * object. Safe to call more than once (the crypto module and the globals' setup both may).
 */
export function installSubtleLoopRefs(subtle: SubtleCrypto): void {
  const proto = Object.getPrototypeOf(subtle) as Record<string, unknown>;
  if (wrappedPrototypes.has(proto)) return;
  wrappedPrototypes.add(proto);
  for (const name of asyncMethods) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    const original = descriptor?.value;
    if (typeof original !== 'function') continue;
    const wrapped = function (this: SubtleCrypto, ...args: unknown[]): Promise<unknown> {
      const pending = Reflect.apply(original, this, args) as Promise<unknown>;
      refHandle(+1);
      return new Promise((resolve, reject) => {
        pending.then(
          (value) => queueIo(() => { refHandle(-1); resolve(value); }),
          (error) => queueIo(() => { refHandle(-1); reject(error); }),
        );
      });
    };
    Object.defineProperty(wrapped, 'name', { value: name });
    Object.defineProperty(wrapped, 'length', { value: original.length });
    Object.defineProperty(proto, name, { ...descriptor, value: wrapped });
  }
}
