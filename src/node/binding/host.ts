// node layer: what the runtime needs from the engine host it runs on, gathered in one object
// by src/hosts/*/ before any program code runs, so nothing else in the runtime touches host APIs.
import type { KernelEvent } from '../../abi/syscalls.js';
import type { Value } from '../../abi/channel.js';

export interface RuntimeHost {
  /** This thread's blocking-call channel and the kernel's doorbell. */
  channel: SharedArrayBuffer;
  doorbell: SharedArrayBuffer;
  /** Sends a message to the kernel. */
  post(message: { type: 'call'; id: number; sys: number; args: Value[] } | { type: 'crash'; error: string }): void;
  /** Receives the kernel's messages. */
  onMessage(listener: (event: KernelEvent) => void): void;
  /** A host timer: calls `callback` once after `ms` milliseconds. */
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  /** Runs `callback` in a new host task, after the current task's microtasks. */
  postTask(callback: () => void): void;
  /** Errors that escaped every handler of the runtime (a throwing microtask, say). */
  onUncaughtError(listener: (error: unknown) => void): void;
  onUnhandledRejection(listener: (reason: unknown, promise: Promise<unknown>) => void): void;
  onRejectionHandled(listener: (promise: Promise<unknown>) => void): void;
  /** The script name the runtime's own code runs under, to tell its frames from the program's. */
  runtimeScript: string;
  /** Clock: milliseconds since an arbitrary origin, sub-millisecond resolution. */
  now(): number;
  /** Wall-clock milliseconds at `now() === 0`. */
  timeOrigin: number;
  /** Memory figures of the thread, where the host can tell. */
  memoryUsage(): { rss: number; heapTotal: number; heapUsed: number; external: number; arrayBuffers: number };
  cpuUsage(): { user: number; system: number };
}

let current: RuntimeHost | null = null;

export function setHost(host: RuntimeHost): void {
  current = host;
}

export function host(): RuntimeHost {
  return current!;
}
