// node layer: the crypto binding — digest sessions served by the kernel with the engine's native
// WebCrypto. Each call answers its errno instead of throwing: callers fall back to their own code.
import { Sys } from '../../abi/syscalls.js';
import { lastErrno, sysSync } from './syscall.js';

/** A new session's id, or a negative errno. */
export function digestOpen(algorithm: string): number {
  const id = sysSync(Sys.digestOpen, [algorithm]) as number;
  return lastErrno === 0 ? id : -lastErrno;
}

/** 0, or a negative errno. */
export function digestWrite(id: number, bytes: Uint8Array): number {
  sysSync(Sys.digestWrite, [id, bytes]);
  return -lastErrno;
}

export function digestCopy(id: number): number {
  const copy = sysSync(Sys.digestCopy, [id]) as number;
  return lastErrno === 0 ? copy : -lastErrno;
}

/** The digest, or undefined when the kernel could not make it (the session is gone either way). */
export function digestEnd(id: number): Uint8Array | undefined {
  const digest = sysSync(Sys.digestEnd, [id]) as Uint8Array;
  return lastErrno === 0 ? digest : undefined;
}

/** The session's bytes from `offset` (empty at the end), or undefined on error. */
export function digestRead(id: number, offset: number): Uint8Array | undefined {
  const bytes = sysSync(Sys.digestRead, [id, offset]) as Uint8Array;
  return lastErrno === 0 ? bytes : undefined;
}

export function digestFree(id: number): void {
  sysSync(Sys.digestFree, [id]);
}
