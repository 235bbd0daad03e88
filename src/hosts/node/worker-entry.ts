// hosts layer (Node): the entry of a process thread on the Node host. It takes what the runtime
// needs from worker_threads and the host realm, removes the host's globals, and starts the runtime.
import { parentPort, workerData } from 'node:worker_threads';
import { startRuntime } from '../../node/bootstrap.js';
import { createModuleHost } from './modules.js';
import type { KernelEvent } from '../../abi/syscalls.js';

const hostProcess = process;
const port = parentPort!;
const { channel, doorbell } = workerData as { channel: SharedArrayBuffer; doorbell: SharedArrayBuffer };
const hostSetTimeout = setTimeout;
const hostClearTimeout = clearTimeout;
const hostSetImmediate = setImmediate;
// V8 names an ES module's frames by its URL.
const runtimeScript = import.meta.url;

const listeners: { error?: (e: unknown) => void; rejection?: (r: unknown, p: Promise<unknown>) => void; handled?: (p: Promise<unknown>) => void } = {};
hostProcess.on('uncaughtException', (error) => listeners.error?.(error));
hostProcess.on('unhandledRejection', (reason, promise) => listeners.rejection?.(reason, promise));
hostProcess.on('rejectionHandled', (promise) => listeners.handled?.(promise));

// The program must see nodeling's globals, not the host's.
for (const name of ['process', 'Buffer', 'global', 'setImmediate', 'clearImmediate', 'require', 'module', 'exports', '__filename', '__dirname']) {
  delete (globalThis as Record<string, unknown>)[name];
}

startRuntime({
  channel,
  doorbell,
  runtimeScript,
  post: (message) => port.postMessage(message),
  onMessage: (listener) => port.on('message', (event: KernelEvent) => listener(event)),
  setTimer: (callback, ms) => hostSetTimeout(callback, ms),
  clearTimer: (handle) => hostClearTimeout(handle as ReturnType<typeof setTimeout>),
  // setImmediate runs after pending I/O and drains microtasks first: a fresh host task.
  postTask: (callback) => void hostSetImmediate(callback),
  onUncaughtError: (listener) => { listeners.error = listener; },
  onUnhandledRejection: (listener) => { listeners.rejection = listener; },
  onRejectionHandled: (listener) => { listeners.handled = listener; },
  now: () => performance.now(),
  timeOrigin: performance.timeOrigin,
  memoryUsage: () => hostProcess.memoryUsage(),
  cpuUsage: () => hostProcess.cpuUsage(),
  modules: createModuleHost(),
});
