// kernel layer: message digests by the engine's native WebCrypto, for processes whose own code
// would be far slower. A session gathers a message in channel-sized pieces; one digest ends it.
import { E2BIG, EAGAIN, EBADF, EINVAL } from '../../abi/errno.js';
import { MAX_IO_CHUNK, type Value } from '../../abi/channel.js';
import { DIGEST_MAX_BYTES, DIGEST_MAX_SESSIONS, Sys } from '../../abi/syscalls.js';
import type { Handler } from '../kernel.js';
import type { Process } from '../proc/process-table.js';

const algorithms = new Set(['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']);

interface Session {
  algorithm: string;
  /** Pieces as received; never changed after, so a copied session shares them. */
  chunks: Uint8Array[];
  size: number;
}

interface Sessions {
  next: number;
  open: Map<number, Session>;
}

// Keyed by the kernel's own process objects: two kernels never share an entry, and a process's
// sessions go with it.
const byProcess = new WeakMap<Process, Sessions>();

function sessionsOf(p: Process): Sessions {
  let s = byProcess.get(p);
  if (s === undefined) {
    s = { next: 1, open: new Map() };
    byProcess.set(p, s);
  }
  return s;
}

function sessionOf(p: Process, id: Value): Session | undefined {
  return typeof id === 'number' ? byProcess.get(p)?.open.get(id) : undefined;
}

function add(p: Process, session: Session): number {
  const s = sessionsOf(p);
  if (s.open.size >= DIGEST_MAX_SESSIONS) return -EAGAIN;
  const id = s.next++;
  s.open.set(id, session);
  return id;
}

function concat(session: Session): Uint8Array {
  if (session.chunks.length === 1) return session.chunks[0];
  const all = new Uint8Array(session.size);
  let at = 0;
  for (const chunk of session.chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

export const cryptoHandlers: Record<number, Handler> = {
  [Sys.digestOpen](_k, p, [algorithm]) {
    if (typeof algorithm !== 'string' || !algorithms.has(algorithm)) return -EINVAL;
    return add(p, { algorithm, chunks: [], size: 0 });
  },

  [Sys.digestWrite](_k, p, [id, bytes]) {
    const session = sessionOf(p, id);
    if (session === undefined) return -EBADF;
    if (!(bytes instanceof Uint8Array)) return -EINVAL;
    if (session.size + bytes.length > DIGEST_MAX_BYTES) return -E2BIG;
    if (bytes.length > 0) session.chunks.push(bytes);
    session.size += bytes.length;
    return 0;
  },

  [Sys.digestCopy](_k, p, [id]) {
    const session = sessionOf(p, id);
    if (session === undefined) return -EBADF;
    return add(p, { algorithm: session.algorithm, chunks: session.chunks.slice(), size: session.size });
  },

  [Sys.digestEnd](_k, p, [id]) {
    const session = sessionOf(p, id);
    if (session === undefined) return -EBADF;
    const all = concat(session);
    // On failure the session stays, so the process can read its bytes back and hash them itself.
    return crypto.subtle.digest(session.algorithm, all as Uint8Array<ArrayBuffer>).then((digest) => {
      byProcess.get(p)?.open.delete(id as number);
      return new Uint8Array(digest);
    }, () => -EINVAL);
  },

  [Sys.digestRead](_k, p, [id, offset]) {
    const session = sessionOf(p, id);
    if (session === undefined) return -EBADF;
    if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) return -EINVAL;
    const all = concat(session);
    // Keep the joined form, so reading a session piece by piece joins it once.
    session.chunks = all.length > 0 ? [all] : [];
    return all.slice(offset, offset + MAX_IO_CHUNK);
  },

  [Sys.digestFree](_k, p, [id]) {
    const session = sessionOf(p, id);
    if (session === undefined) return -EBADF;
    byProcess.get(p)!.open.delete(id as number);
    return 0;
  },
};
