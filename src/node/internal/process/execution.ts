// node layer: the end of a process — uncaught exceptions and unhandled rejections with Node 20's
// rules and output, the `exit` event, and the exit syscall itself.
import { Sys } from '../../../abi/syscalls.js';
import { sysSync } from '../../binding/syscall.js';
import { inspect } from '../util/inspect.js';
import { internalArrowOf, setInternalArrow, sourceLine, throwSiteOf } from '../stack.js';
import { NODE_VERSION } from './versions.js';
import { kEnhanceStackBeforeInspector } from '../../events.js';
import type { NodeProcess } from '../../process.js';

let proc: NodeProcess;
let writeStderr: (text: string) => void;
let captureCallback: ((error: unknown) => void) | null = null;

export function initExecution(p: NodeProcess, stderr: (text: string) => void): void {
  proc = p;
  writeStderr = stderr;
}

export function setUncaughtExceptionCaptureCallback(fn: ((error: unknown) => void) | null): void {
  captureCallback = fn;
}

export function hasUncaughtExceptionCaptureCallback(): boolean {
  return captureCallback !== null;
}

/** Ends the thread now: the kernel never answers the exit syscall. */
export function reallyExit(code: number): never {
  sysSync(Sys.exit, [code | 0]);
  throw new Error('unreachable: the kernel did not end the process');
}

/** process.exit(): the `exit` event, then the end; `status` overrides the code the process ends with. */
export function exit(code?: unknown, status?: number): never {
  if (code !== undefined) proc.exitCode = code as number;
  if (!proc._exiting) {
    proc._exiting = true;
    const eventCode = proc.exitCode ?? 0;
    // Node sets the status (13 for an unsettled top-level await) before the event, which still gets the old code.
    if (status !== undefined) proc.exitCode = status;
    proc.emit('exit', eventCode);
  }
  return reallyExit(status ?? Number(proc.exitCode ?? 0));
}

/** The text Node prints above an uncaught error: where it was thrown, with a caret. */
function arrowFor(error: unknown, fromPromise: boolean): string {
  if (error === null || (typeof error !== 'object' && typeof error !== 'function')) return '';
  // The stack is formatted lazily; formatting it records where the error was thrown.
  void (error as { stack?: unknown }).stack;
  const internal = internalArrowOf(error);
  if (internal) return internal;
  const site = throwSiteOf(error);
  if (!site) return '';
  const line = sourceLine(site.file, site.line);
  if (line === undefined) return '';
  let column = site.column - 1;
  // A thrown `throw new X()` is reported at the `throw`; a rejection where the error was made.
  const match = fromPromise ? null : /throw\s+$/.exec(line.slice(0, column));
  if (match) column = match.index;
  return `${site.file}:${site.line}\n${line}\n${' '.repeat(column)}^\n`;
}

export function printFatal(error: unknown, fromPromise = false): void {
  const isObject = error !== null && (typeof error === 'object' || typeof error === 'function');
  let text: string;
  if (isObject) {
    // Node prints a fatal error without its custom inspection, and deeper than the default.
    const depth = Math.max(Number(inspect.defaultOptions.depth) || 0, 5);
    const arrow = arrowFor(error, fromPromise);
    // An unhandled 'error' event adds where it was emitted to the stack, as Node's printer does.
    const enhance = (error as Record<symbol, unknown>)[kEnhanceStackBeforeInspector];
    if (typeof enhance === 'function') {
      try {
        (error as { stack?: string }).stack = enhance();
      } catch {
        // A frozen error keeps the stack it had.
      }
    }
    text = `${arrow}\n${inspect(error, { customInspect: false, depth })}\n`;
  } else {
    text = `\n${arrowFor(error, fromPromise)}${String(error)}\n(Use \`node --trace-uncaught ...\` to show where the exception was thrown)\n`;
  }
  writeStderr(`${text}\nNode.js ${NODE_VERSION}\n`);
}

let handlingFatal = false;

/** An exception escaped a callback: hand it to the program's handlers, or die as Node does. */
export function triggerUncaughtException(error: unknown, fromPromise = false): void {
  const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  if (captureCallback) {
    captureCallback(error);
    return;
  }
  proc.emit('uncaughtExceptionMonitor', error, origin);
  if (!handlingFatal && proc.listenerCount('uncaughtException') > 0) {
    handlingFatal = true;
    try {
      proc.emit('uncaughtException', error, origin);
    } catch (second) {
      die(second, false, 7);
    }
    handlingFatal = false;
    return;
  }
  die(error, fromPromise);
}

/** Node exits with 7 when an uncaughtException handler itself throws, else with 1. */
function die(error: unknown, fromPromise: boolean, code = 1): never {
  printFatal(error, fromPromise);
  proc.exitCode = code;
  if (!proc._exiting) {
    proc._exiting = true;
    try {
      proc.emit('exit', code);
    } catch (inExit) {
      printFatal(inExit);
    }
  }
  return reallyExit(code);
}

// ---- unhandled rejections: Node 20's default mode, "throw" ---------------------------------

const pendingRejections = new Map<Promise<unknown>, unknown>();
/** Rejections already reported as unhandled: a late handler makes them 'rejectionHandled'. */
const reportedRejections = new WeakSet<Promise<unknown>>();
let rejectionCheckQueued = false;

export function onUnhandledRejection(reason: unknown, promise: Promise<unknown>, queueCheck: (fn: () => void) => void): void {
  pendingRejections.set(promise, reason);
  if (!rejectionCheckQueued) {
    rejectionCheckQueued = true;
    queueCheck(processPromiseRejections);
  }
}

export function onRejectionHandled(promise: Promise<unknown>, queueEvent: (fn: () => void) => void): void {
  pendingRejections.delete(promise);
  if (reportedRejections.has(promise)) {
    reportedRejections.delete(promise);
    queueEvent(() => proc.emit('rejectionHandled', promise));
  }
}

function processPromiseRejections(): void {
  rejectionCheckQueued = false;
  for (const [promise, reason] of [...pendingRejections]) {
    pendingRejections.delete(promise);
    reportedRejections.add(promise);
    if (proc.emit('unhandledRejection', reason, promise)) continue;
    // Node rethrows what looks like an error (it has an own `stack`) and wraps anything else.
    if (reason !== null && typeof reason === 'object' && Object.prototype.hasOwnProperty.call(reason, 'stack')) {
      triggerUncaughtException(reason, true);
    } else {
      triggerUncaughtException(unhandledRejectionError(reason), true);
    }
  }
}

/** How V8 names a value without running any of its code (`#<Foo>`, `[object Array]`). */
function describeWithoutSideEffects(value: unknown): string {
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  if (value === null || typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return '[object Array]';
  const proto = Object.getPrototypeOf(value);
  const ctor = proto === null ? undefined : Object.getOwnPropertyDescriptor(proto, 'constructor')?.value;
  return typeof ctor === 'function' && ctor.name ? `#<${ctor.name}>` : '[object Object]';
}

function unhandledRejectionError(reason: unknown): Error {
  const message = 'This error originated either by throwing inside of an async function without a catch block, ' +
    `or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "${describeWithoutSideEffects(reason)}".`;
  const error = new Error(message) as Error & { code: string };
  Object.defineProperty(error, 'name', { value: 'UnhandledPromiseRejection', writable: true, configurable: true, enumerable: false });
  error.code = 'ERR_UNHANDLED_REJECTION';
  Object.defineProperty(error, 'stack', {
    value: `UnhandledPromiseRejection: ${message}\n` +
      '    at throwUnhandledRejectionsMode (node:internal/process/promises:389:7)\n' +
      '    at processPromiseRejections (node:internal/process/promises:470:17)\n' +
      '    at process.processTicksAndRejections (node:internal/process/task_queues:96:32)',
    writable: true, configurable: true, enumerable: false,
  });
  setInternalArrow(error, 'node:internal/process/promises:389\n      new UnhandledPromiseRejection(reason);\n      ^\n');
  return error;
}
