// hosts layer (Node): the entry of a process thread on the Node host. It takes what the runtime
// needs from worker_threads and the host realm, removes the host's globals, loads the runtime
// bundle with V8's code cache, and starts it.
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import type { startRuntime as StartRuntime } from '../../node/bootstrap.js';
import { createModuleHost } from './modules.js';
import type { KernelEvent } from '../../abi/syscalls.js';

const runtimePath = fileURLToPath(new URL('./runtime.js', import.meta.url));
const cachePath = fileURLToPath(new URL('./runtime.cache', import.meta.url));

/**
 * Compiles the runtime bundle (a CommonJS-shaped script) in this realm. V8's code cache, written
 * by the first process that runs without one, spares later processes most of the compile.
 */
function loadRuntime(): { startRuntime: typeof StartRuntime; saveCache(): void } {
  const source = readFileSync(runtimePath, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cachePath);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(`(function (module, exports) {${source}\n})`, { filename: runtimePath, cachedData });
  const module = { exports: {} as { startRuntime: typeof StartRuntime } };
  script.runInThisContext()(module, module.exports);
  const stale = cachedData === undefined || script.cachedDataRejected === true;
  return {
    startRuntime: module.exports.startRuntime,
    saveCache() {
      if (!stale) return;
      const temp = `${cachePath}.${process.pid}.${Math.random().toString(36).slice(2)}`;
      writeFileSync(temp, script.createCachedData());
      renameSync(temp, cachePath);
    },
  };
}

const runtime = loadRuntime();

const hostProcess = process;
const port = parentPort!;
const { channel, doorbell } = workerData as { channel: SharedArrayBuffer; doorbell: SharedArrayBuffer };
const hostSetTimeout = setTimeout;
const hostClearTimeout = clearTimeout;
const hostSetImmediate = setImmediate;
const runtimeScript = runtimePath;

const listeners: { error?: (e: unknown) => void; rejection?: (r: unknown, p: Promise<unknown>) => void; handled?: (p: Promise<unknown>) => void } = {};
hostProcess.on('uncaughtException', (error) => listeners.error?.(error));
hostProcess.on('unhandledRejection', (reason, promise) => listeners.rejection?.(reason, promise));
hostProcess.on('rejectionHandled', (promise) => listeners.handled?.(promise));

// The program must see nodeling's globals, not the host's.
for (const name of ['process', 'Buffer', 'global', 'setImmediate', 'clearImmediate', 'require', 'module', 'exports', '__filename', '__dirname']) {
  delete (globalThis as Record<string, unknown>)[name];
}

runtime.startRuntime({
  channel,
  doorbell,
  runtimeScript,
  hostScripts: [import.meta.url],
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
// After the program's first task, the functions it needed are compiled: cache them for the next process.
hostSetImmediate(() => runtime.saveCache());
