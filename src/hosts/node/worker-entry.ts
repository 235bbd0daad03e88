// hosts layer (Node): the entry of a process thread on the Node host. It takes what the runtime
// needs from worker_threads and the host realm, removes the host's globals, loads the runtime
// bundle with V8's code cache, and starts it.
import { MessageChannel, parentPort, workerData } from 'node:worker_threads';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import type { startRuntime as StartRuntime } from '../../node/bootstrap.js';
import { createModuleHost } from './modules.js';
import { stripTypeScript } from './typescript.js';
import { createIntrospection } from './introspect.js';
import { codecNatives } from './natives-codecs.js';
import { brotliNatives } from './natives-brotli.js';
import type { KernelEvent } from '../../abi/syscalls.js';

const runtimePath = fileURLToPath(new URL('./runtime.js', import.meta.url));
const cachePath = fileURLToPath(new URL('./runtime.cache', import.meta.url));

/**
 * Compiles the runtime bundle (a CommonJS-shaped script) in this realm. V8's code cache, written
 * by the first process that runs without one, spares later processes most of the compile.
 */
function loadRuntime(): { startRuntime: typeof StartRuntime; saveCache(): void } {
  // The build keeps the bundle ASCII (scripts/build.js), so latin1 decodes it exactly, and faster.
  const source = readFileSync(runtimePath, 'latin1');
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

// The loop's host tasks are messages to this thread itself: Node drains the microtask queue after
// each message, as after each immediate, and a message costs less than an immediate (about 1200
// against 750 tasks per ms, measured in a worker). The port does not keep the thread alive.
const taskChannel = new MessageChannel();
const hostTasks: (() => void)[] = [];
let hostTaskHead = 0;
taskChannel.port1.on('message', () => {
  const task = hostTasks[hostTaskHead++];
  if (hostTaskHead === hostTasks.length) {
    hostTasks.length = 0;
    hostTaskHead = 0;
  }
  task();
});
taskChannel.port1.unref();
function postTask(callback: () => void): void {
  hostTasks.push(callback);
  taskChannel.port2.postMessage(null);
}

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
  // The bundle is CommonJS, whose stack frames name a path, not a URL.
  hostScripts: [fileURLToPath(import.meta.url)],
  post: (message) => port.postMessage(message),
  onMessage: (listener) => port.on('message', (event: KernelEvent) => listener(event)),
  setTimer: (callback, ms) => hostSetTimeout(callback, ms),
  clearTimer: (handle) => hostClearTimeout(handle as ReturnType<typeof setTimeout>),
  postTask,
  onUncaughtError: (listener) => { listeners.error = listener; },
  onUnhandledRejection: (listener) => { listeners.rejection = listener; },
  onRejectionHandled: (listener) => { listeners.handled = listener; },
  now: () => performance.now(),
  timeOrigin: performance.timeOrigin,
  memoryUsage: () => hostProcess.memoryUsage(),
  cpuUsage: () => hostProcess.cpuUsage(),
  modules: createModuleHost(),
  stripTypeScript,
  ...createIntrospection(),
  natives: { ...codecNatives(), ...brotliNatives() },
});
// After the program's first task, the functions it needed are compiled: cache them for the next process.
hostSetImmediate(() => runtime.saveCache());
