// node layer: a process's start — install the runtime in this realm (globals, process, console,
// the stack formatter), then run the program the kernel started: `node` and its arguments.
import { forgetStartupStreamUse } from './internal/streams/load_order.js';
import { setHost, type RuntimeHost } from './binding/host.js';
import { dispatchKernelEvent, initChannel, sysSync } from './binding/syscall.js';
import { Sys, type ProcInfo, type KernelEvent } from '../abi/syscalls.js';
import { installStackFormatter } from './internal/stack.js';
import { createProcess, setProcess, signalName, type NodeProcess } from './process.js';
import { initExecution, onRejectionHandled, onUnhandledRejection, triggerUncaughtException, exit } from './internal/process/execution.js';
import { setLoopHooks, startLoop, processTicksAndRejections, queueIo } from './internal/loop.js';
import * as timers from './timers.js';
import { Buffer, atob, btoa } from './buffer.js';
import { CustomEvent, Event, EventTarget } from './internal/event_target.js';
import { validateFunction } from './internal/validators.js';
import { installProxyTracking } from './internal/util/proxies.js';
import { createGlobalConsole } from './console.js';
import { configurePathHost } from './path.js';
import { configureUtilProcess } from './util.js';
import { configureDebugEnv, configureDebugOutput } from './internal/util/debuglog.js';
import { setInspectWorkingDirectory } from './internal/util/inspect.js';
import { configureMainArgs } from './internal/util/parse_args.js';
import { Module } from './module/cjs.js';
import { loadCryptoOnce, registerModuleBuiltin } from './module/builtins.js';
import { runNode } from '../programs/node.js';
import { dispatchFsEvent } from './internal/fs/watchers.js';
import { hasUnsettledMain } from './module/esm/loader.js';

/** Names the engine host defines that Node does not: removed from the program's realm. */
const HOST_GLOBALS = [
  'postMessage', 'onmessage', 'onmessageerror', 'close', 'importScripts', 'self', 'name',
  'WorkerGlobalScope', 'DedicatedWorkerGlobalScope', 'location', 'onerror', 'onlanguagechange',
  'onoffline', 'ononline', 'onrejectionhandled', 'onunhandledrejection',
];

function installGlobals(proc: NodeProcess): void {
  const g = globalThis as Record<string, unknown>;
  for (const name of HOST_GLOBALS) {
    if (name in g) delete g[name];
  }
  const define = (name: string, value: unknown, enumerable = false): void => {
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
  };
  define('global', globalThis, true);
  define('process', proc);
  define('Buffer', Buffer);
  define('setTimeout', timers.setTimeout, true);
  define('clearTimeout', timers.clearTimeout, true);
  define('setInterval', timers.setInterval, true);
  define('clearInterval', timers.clearInterval, true);
  define('setImmediate', timers.setImmediate, true);
  define('clearImmediate', timers.clearImmediate, true);
  // Node's queueMicrotask reports a throwing callback as an uncaught exception.
  define('queueMicrotask', function queueMicrotask(callback: () => void) {
    validateFunction(callback, 'callback');
    nativeQueueMicrotask(() => {
      try {
        callback();
      } catch (error) {
        triggerUncaughtException(error);
      }
    });
  }, true);
  define('console', createGlobalConsole(proc.stdout, proc.stderr));
  installProxyTracking(globalThis as unknown as { Proxy: ProxyConstructor });
  define('EventTarget', EventTarget);
  define('Event', Event);
  define('CustomEvent', CustomEvent);
  define('atob', atob, true);
  define('btoa', btoa, true);
  deferCrypto();
}

/**
 * The `crypto` module loads on first require, but the global `crypto` must find its subtle
 * methods already wrapped for the loop: its getter loads the module first. Where the engine
 * defines the global elsewhere than as an own accessor, the module loads now.
 */
function deferCrypto(): void {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
  const engineGet = descriptor?.get;
  if (engineGet === undefined || descriptor?.configurable !== true) {
    loadCryptoOnce();
    return;
  }
  const get = function (this: unknown): unknown {
    loadCryptoOnce();
    return Reflect.apply(engineGet, this, []);
  };
  Object.defineProperty(get, 'name', { value: engineGet.name });
  Object.defineProperty(globalThis, 'crypto', { ...descriptor, get });
}

const nativeQueueMicrotask = globalThis.queueMicrotask.bind(globalThis);

export function startRuntime(runtimeHost: RuntimeHost): void {
  setHost(runtimeHost);
  installStackFormatter(runtimeHost.runtimeScript, runtimeHost.hostScripts);
  initChannel(runtimeHost.channel, runtimeHost.doorbell);
  const info = sysSync(Sys.procInfo, []) as ProcInfo;
  const nodeArgs = info.argv.slice(1);
  const proc = createProcess(info, [info.execPath], []);
  setProcess(proc);
  initExecution(proc, (text) => proc.stderr.write(text));
  installGlobals(proc);
  configurePathHost({ cwd: () => proc.cwd(), env: () => proc.env });
  configureUtilProcess({ nextTick: proc.nextTick, stdout: proc.stdout, env: proc.env } as never);
  configureDebugEnv(() => proc.env.NODE_DEBUG);
  configureDebugOutput(((text: string) => proc.stderr.write(text)) as never, info.pid as never, false as never);
  setInspectWorkingDirectory(() => proc.cwd());
  configureMainArgs(() => proc.argv.slice(2));
  registerModuleBuiltin(() => Module);
  Module._initPaths();

  setLoopHooks({
    uncaught: (error) => triggerUncaughtException(error),
    beforeExit: () => {
      if (!proc._exiting) proc.emit('beforeExit', proc.exitCode ?? 0);
    },
    // A main module still waiting on a top-level await that nothing can settle: Node's code 13.
    exit: () => exit(undefined, hasUnsettledMain() ? 13 : undefined),
  });
  runtimeHost.onMessage((event) => dispatchKernelEvent(event, onKernelEvent));
  runtimeHost.onUncaughtError((error) => triggerUncaughtException(error));
  runtimeHost.onUnhandledRejection((reason, promise) => onUnhandledRejection(reason, promise, (check) => queueIo(check)));
  runtimeHost.onRejectionHandled((promise) => onRejectionHandled(promise, (fn) => queueIo(fn)));

  function onKernelEvent(event: KernelEvent): void {
    if (event.type === 'signal') {
      const name = signalName(event.signal);
      if (name) queueIo(() => proc.emit(name, name, event.signal));
    } else if (event.type === 'fs-event') {
      dispatchFsEvent(event.id, event.event, event.filename);
    }
  }

  forgetStartupStreamUse();
  try {
    runNode(proc, nodeArgs);
  } catch (error) {
    triggerUncaughtException(error);
  }
  processTicksAndRejections();
  startLoop();
}
