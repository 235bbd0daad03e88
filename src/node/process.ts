// node layer: the `process` object — identity and environment from the kernel, the life-cycle
// methods, stdio, nextTick, warnings and signals.
import { markStreamLoaded } from './internal/streams/load_order.js';
import EventEmitter from './events.js';
import { Sys, SIGNALS, type ProcInfo } from '../abi/syscalls.js';
import { lastErrno, sysSync } from './binding/syscall.js';
import { errnoException, uvException } from './binding/uv.js';
import { host } from './binding/host.js';
import { nodeError } from './internal/errors.js';
import { validateFunction, validateNumber, validateObject } from './internal/validators.js';
import { queueTick } from './internal/loop.js';
import { NODE_VERSION, features, release, versions } from './internal/process/versions.js';
import { StdinStream, StdioWriteStream } from './internal/process/stdio.js';
import {
  exit, hasUncaughtExceptionCaptureCallback, reallyExit, setUncaughtExceptionCaptureCallback,
} from './internal/process/execution.js';
import { setWarningSink } from './internal/process/warning.js';

export interface NodeProcess extends InstanceType<typeof EventEmitter> {
  [key: string]: any;
  exitCode: number | undefined;
  _exiting: boolean;
}

const signalNames = new Map<number, string>(Object.entries(SIGNALS).map(([name, no]) => [no, name]));

/** Environment values are always strings, as in Node. */
function createEnv(initial: Record<string, string>): Record<string, string> {
  const store: Record<string, string> = Object.create(null);
  Object.assign(store, initial);
  return new Proxy(store, {
    set(target, key, value) {
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      target[key] = `${value}`;
      return true;
    },
    defineProperty(target, key, descriptor) {
      if (typeof key === 'symbol') return false;
      if ('get' in descriptor || 'set' in descriptor) {
        throw nodeError('ERR_INVALID_OBJECT_DEFINE_PROPERTY', `'process.env' does not accept an accessor(getter/setter) descriptor`);
      }
      target[key] = `${descriptor.value}`;
      return true;
    },
    get(target, key) {
      return typeof key === 'symbol' ? undefined : target[key];
    },
  });
}

function hrtime(previous?: [number, number]): [number, number] {
  const ns = hrtimeBigint();
  let seconds = Number(ns / 1_000_000_000n);
  let nanos = Number(ns % 1_000_000_000n);
  if (previous !== undefined) {
    if (!Array.isArray(previous)) throw nodeError('ERR_INVALID_ARG_TYPE', 'time', 'Array', previous);
    if (previous.length !== 2) throw nodeError('ERR_OUT_OF_RANGE', 'time', '2', previous.length);
    seconds -= previous[0];
    nanos -= previous[1];
    if (nanos < 0) {
      seconds--;
      nanos += 1e9;
    }
  }
  return [seconds, nanos];
}

function hrtimeBigint(): bigint {
  // The host clock has sub-microsecond resolution at best; Node's counts from an arbitrary origin too.
  const ms = host().timeOrigin + host().now();
  return BigInt(Math.floor(ms * 1e6));
}
hrtime.bigint = hrtimeBigint;

export function createProcess(info: ProcInfo, argv: string[], execArgv: string[]): NodeProcess {
  // Node's process is an instance of a class named `process`: stack frames read `process.<anonymous>`.
  const processClass = { process: function (this: object) { EventEmitter.call(this); } }.process as unknown as new () => NodeProcess;
  processClass.prototype = Object.create(EventEmitter.prototype, {
    constructor: { value: processClass, writable: true, configurable: true },
    [Symbol.toStringTag]: { value: 'process', configurable: true },
  });
  const proc = new processClass();
  let cwd = info.cwd;
  let title = 'node';
  const stdio: { stdin?: StdinStream; stdout?: StdioWriteStream; stderr?: StdioWriteStream } = {};

  Object.assign(proc, {
    version: NODE_VERSION,
    versions,
    arch: 'x64',
    platform: 'linux',
    release,
    _exiting: false,
    exitCode: undefined,
    config: { target_defaults: {}, variables: { host_arch: 'x64', target_arch: 'x64', node_shared: false } },
    features,
    env: createEnv(info.env),
    argv,
    execArgv,
    pid: info.pid,
    ppid: info.ppid,
    execPath: info.execPath,
    debugPort: 9229,
    argv0: info.argv[0],
  });
  Object.defineProperty(proc, 'exitCode', {
    get: () => exitCodeValue,
    set(value: unknown) {
      if (value !== undefined && value !== null) {
        if (typeof value === 'string' && value !== '' && Number.isInteger(Number(value))) value = Number(value);
        if (typeof value !== 'number') throw nodeError('ERR_INVALID_ARG_TYPE', 'code', 'number', value);
        if (!Number.isInteger(value)) throw nodeError('ERR_OUT_OF_RANGE', 'code', 'an integer', value);
      }
      exitCodeValue = value as number | undefined;
    },
    enumerable: true,
    configurable: false,
  });
  let exitCodeValue: number | undefined;

  Object.defineProperty(proc, 'title', {
    get: () => title,
    set(value: unknown) {
      title = String(value);
      sysSync(Sys.setTitle, [title]);
    },
    enumerable: true,
    configurable: true,
  });

  const methods = {
    cwd(): string {
      return cwd;
    },
    chdir(directory: unknown): void {
      if (typeof directory !== 'string') throw nodeError('ERR_INVALID_ARG_TYPE', 'directory', 'string', directory);
      sysSync(Sys.chdir, [directory]);
      if (lastErrno !== 0) throw uvException(lastErrno, 'chdir', cwd, directory);
      const info2 = sysSync(Sys.procInfo, []) as ProcInfo;
      cwd = info2.cwd;
    },
    exit,
    reallyExit,
    abort(): never {
      return reallyExit(134);
    },
    umask(mask?: unknown): number {
      if (mask === undefined) {
        const old = sysSync(Sys.umask, [0]) as number;
        sysSync(Sys.umask, [old]);
        return old;
      }
      let value: number;
      if (typeof mask === 'string') {
        if (!/^[0-7]+$/.test(mask)) throw nodeError('ERR_INVALID_ARG_VALUE', 'mask', mask, 'must be a 32-bit unsigned integer or an octal string');
        value = parseInt(mask, 8);
      } else {
        validateNumber(mask, 'mask');
        value = mask;
      }
      return sysSync(Sys.umask, [value & 0o777]) as number;
    },
    getuid: () => info.uid,
    geteuid: () => info.euid,
    getgid: () => info.gid,
    getegid: () => info.egid,
    getgroups: () => [info.egid],
    hrtime,
    uptime(): number {
      return (host().timeOrigin + host().now() - info.startTime) / 1000;
    },
    memoryUsage: Object.assign(() => host().memoryUsage(), { rss: () => host().memoryUsage().rss }),
    cpuUsage(previous?: { user: number; system: number }) {
      const now = host().cpuUsage();
      if (previous) {
        validateObject(previous, 'prevValue');
        return { user: now.user - previous.user, system: now.system - previous.system };
      }
      return now;
    },
    resourceUsage() {
      const cpu = host().cpuUsage();
      const mem = host().memoryUsage();
      return {
        userCPUTime: cpu.user, systemCPUTime: cpu.system, maxRSS: Math.round(mem.rss / 1024), sharedMemorySize: 0,
        unsharedDataSize: 0, unsharedStackSize: 0, minorPageFault: 0, majorPageFault: 0, swappedOut: 0,
        fsRead: 0, fsWrite: 0, ipcSent: 0, ipcReceived: 0, signalsCount: 0, voluntaryContextSwitches: 0,
        involuntaryContextSwitches: 0,
      };
    },
    constrainedMemory: () => 0,
    availableMemory: () => 8 * 1024 ** 3,
    kill(pid: unknown, signal: unknown = 'SIGTERM'): true {
      if (typeof pid !== 'number' || !Number.isInteger(pid)) throw nodeError('ERR_INVALID_ARG_TYPE', 'pid', 'number', pid);
      let signo: number;
      if (typeof signal === 'number') {
        signo = signal;
      } else {
        const known = SIGNALS[String(signal)];
        if (known === undefined) throw nodeError('ERR_UNKNOWN_SIGNAL', signal);
        signo = known;
      }
      sysSync(Sys.kill, [pid, signo]);
      if (lastErrno !== 0) throw errnoException(lastErrno, 'kill');
      return true;
    },
    nextTick(callback: unknown, ...args: unknown[]): void {
      validateFunction(callback, 'callback');
      queueTick(callback, args.length > 0 ? args : undefined);
    },
    emitWarning,
    setUncaughtExceptionCaptureCallback(fn: unknown): void {
      if (fn !== null) validateFunction(fn, 'fn');
      if (fn !== null && hasUncaughtExceptionCaptureCallback()) {
        throw nodeError('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET');
      }
      setUncaughtExceptionCaptureCallback(fn as ((error: unknown) => void) | null);
    },
    hasUncaughtExceptionCaptureCallback,
    binding(name: string): never {
      throw nodeError('ERR_NOT_IMPLEMENTED', `process.binding('${name}')`);
    },
    _linkedBinding(name: string): never {
      throw nodeError('ERR_NOT_IMPLEMENTED', `process._linkedBinding('${name}')`);
    },
    dlopen(): never {
      throw nodeError('ERR_NOT_IMPLEMENTED', 'process.dlopen');
    },
    _getActiveHandles: () => [],
    _getActiveRequests: () => [],
    getActiveResourcesInfo: () => [],
    setSourceMapsEnabled(): void {},
    sourceMapsEnabled: false,
    _rawDebug(...args: unknown[]): void {
      stdio.stderr?.write(`${args.join(' ')}\n`);
    },
  };
  Object.assign(proc, methods);

  function emitWarning(warning: unknown, type?: unknown, code?: unknown): void {
    let detail: string | undefined;
    if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
      const options = type as { type?: string; code?: string; detail?: string };
      code = options.code;
      if (typeof options.detail === 'string') detail = options.detail;
      type = options.type || 'Warning';
    } else if (typeof type === 'function') {
      code = undefined;
      type = 'Warning';
    }
    if (type !== undefined && typeof type !== 'string') throw nodeError('ERR_INVALID_ARG_TYPE', 'type', 'string', type);
    if (typeof code === 'function') {
      code = undefined;
    } else if (code !== undefined && typeof code !== 'string') {
      throw nodeError('ERR_INVALID_ARG_TYPE', 'code', 'string', code);
    }
    let error: Error & { code?: string; detail?: string };
    if (typeof warning === 'string') {
      error = new Error(warning);
      Object.defineProperty(error, 'name', { value: (type as string) || 'Warning', writable: true, configurable: true, enumerable: false });
      if (code !== undefined) error.code = code as string;
      if (detail !== undefined) error.detail = detail;
    } else if (warning instanceof Error) {
      error = warning;
    } else {
      throw nodeError('ERR_INVALID_ARG_TYPE', 'warning', ['Error', 'string'], warning);
    }
    if (error.name === 'DeprecationWarning' && (proc as { noDeprecation?: boolean }).noDeprecation) return;
    queueTick(() => proc.emit('warning', error), undefined);
  }
  setWarningSink(emitWarning as never);

  // Printing is the default 'warning' listener's job, as in Node.
  let tracedHint = false;
  proc.on('warning', (error: Error & { code?: string; detail?: string }) => {
    if (proc.env.NODE_NO_WARNINGS === '1') return;
    if (error.name === 'DeprecationWarning' && (proc as { noDeprecation?: boolean }).noDeprecation) return;
    let text = `(node:${info.pid}) ${error.code ? `[${error.code}] ` : ''}${error.name}: ${error.message}\n`;
    if (error.detail) text += `${error.detail}\n`;
    if (!tracedHint) {
      tracedHint = true;
      const flag = error.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
      text += `(Use \`node ${flag} ...\` to show where the warning was created)\n`;
    }
    stdio.stderr?.write(text);
  });

  Object.defineProperty(proc, 'stdout', {
    get: () => {
      markStreamLoaded();
      return (stdio.stdout ??= new StdioWriteStream(1, info.ttys[1]));
    },
    enumerable: true, configurable: true,
  });
  Object.defineProperty(proc, 'stderr', {
    get: () => {
      markStreamLoaded();
      return (stdio.stderr ??= new StdioWriteStream(2, info.ttys[2]));
    },
    enumerable: true, configurable: true,
  });
  Object.defineProperty(proc, 'stdin', {
    get: () => {
      markStreamLoaded();
      return (stdio.stdin ??= new StdinStream(info.ttys[0]));
    },
    enumerable: true, configurable: true,
  });
  // stderr must exist before anything can go wrong (made here, not through the getter, which
  // stands for a program's own first use).
  stdio.stderr = new StdioWriteStream(2, info.ttys[2]);

  // Telling the kernel which signals the program handles decides their default action.
  const watched = new Set<string>();
  proc.on('newListener', (event: string | symbol) => {
    if (typeof event === 'string' && SIGNALS[event] !== undefined && !watched.has(event)) {
      watched.add(event);
      sysSync(Sys.sigwatch, [SIGNALS[event], true]);
    }
  });
  proc.on('removeListener', (event: string | symbol) => {
    if (typeof event === 'string' && watched.has(event) && proc.listenerCount(event) === 0) {
      watched.delete(event);
      sysSync(Sys.sigwatch, [SIGNALS[event], false]);
    }
  });
  return proc;
}

export function signalName(signal: number): string | undefined {
  return signalNames.get(signal);
}

let current: NodeProcess;

export function setProcess(p: NodeProcess): void {
  current = p;
}

/** The process object, for modules that need it after boot. */
export function getProcess(): NodeProcess {
  return current;
}
