// node layer: fs.watch (FSWatcher), fs.promises.watch, and fs.watchFile (StatWatcher). Watch
// events come from the kernel as 'fs-event' messages, so changes by any process are seen.
import { Buffer } from '../../buffer.js';
import { EventEmitter } from '../../events.js';
import { Sys } from '../../../abi/syscalls.js';
import { call, tryStat } from '../../binding/fs.js';
import { sysAsync } from '../../binding/syscall.js';
import { AbortError, nodeError } from '../errors.js';
import { validateAbortSignal, validateBoolean, validateFunction } from '../validators.js';
import { queueIo, queueTick, refHandle } from '../loop.js';
import { setInterval, clearInterval, type Timeout } from '../../timers.js';
import { getValidatedPath, getStatsFromBinding, assertEncoding, Stats } from './utils.js';

type EventListener = (event: 'rename' | 'change', filename: string) => void;

/** Open watches of this process, by the kernel's watch id. */
const watching = new Map<number, EventListener>();

/** Routes a kernel 'fs-event' to its watcher (called by the bootstrap's kernel-event handler). */
export function dispatchFsEvent(id: number, event: 'rename' | 'change', filename: string): void {
  const listener = watching.get(id);
  if (listener !== undefined) queueIo(() => listener(event, filename));
}

function startWatch(file: string, recursive: boolean, listener: EventListener): number {
  const id = call(Sys.watch, [file, recursive], 'watch', file) as number;
  watching.set(id, listener);
  return id;
}

function stopWatch(id: number): void {
  watching.delete(id);
  sysAsync(Sys.unwatch, [id], () => {});
}

function encodeName(name: string, encoding: unknown): string | Buffer {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return name;
  return encoding === 'buffer' ? Buffer.from(name) : Buffer.from(name).toString(encoding as BufferEncoding);
}

interface WatchOptions { persistent: boolean; recursive: boolean; encoding: unknown; signal?: AbortSignal }

function watchOptions(options: unknown): WatchOptions {
  let o: Record<string, unknown> = {};
  if (typeof options === 'string') o = { encoding: options };
  else if (options != null && typeof options === 'object') o = options as Record<string, unknown>;
  else if (options != null) throw nodeError('ERR_INVALID_ARG_TYPE', 'options', ['string', 'object'], options);
  const result: WatchOptions = { persistent: true, recursive: false, encoding: 'utf8', signal: undefined };
  if (o.persistent !== undefined) {
    validateBoolean(o.persistent, 'options.persistent');
    result.persistent = o.persistent;
  }
  if (o.recursive !== undefined) {
    validateBoolean(o.recursive, 'options.recursive');
    result.recursive = o.recursive;
  }
  if (o.encoding !== undefined) {
    assertEncoding(o.encoding === 'buffer' ? 'utf8' : o.encoding);
    result.encoding = o.encoding;
  }
  if (o.signal !== undefined) {
    validateAbortSignal(o.signal, 'options.signal');
    result.signal = o.signal as AbortSignal;
  }
  return result;
}

export class FSWatcher extends EventEmitter {
  private _id = -1;
  private _refed = false;
  private _closed = false;
  private _encoding: unknown = 'utf8';

  /** Begins watching; Node's watchers are created by fs.watch, which calls this. */
  _start(file: string, persistent: boolean, recursive: boolean, encoding: unknown): void {
    this._encoding = encoding;
    this._id = startWatch(file, recursive, (event, filename) => {
      if (!this._closed) this.emit('change', event, encodeName(filename, this._encoding));
    });
    if (persistent) this.ref();
  }

  close(): void {
    if (this._closed) return;
    this._closed = true;
    this.unref();
    if (this._id !== -1) stopWatch(this._id);
    queueTick(() => this.emit('close'), undefined);
  }

  ref(): this {
    if (!this._refed && !this._closed) {
      this._refed = true;
      refHandle(1);
    }
    return this;
  }

  unref(): this {
    if (this._refed) {
      this._refed = false;
      refHandle(-1);
    }
    return this;
  }
}

export function watch(filename: unknown, options?: unknown, listener?: unknown): FSWatcher {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  const o = watchOptions(options);
  const file = getValidatedPath(filename);
  const watcher = new FSWatcher();
  watcher._start(file, o.persistent, o.recursive, o.encoding);
  if (listener !== undefined) {
    validateFunction(listener, 'listener');
    watcher.on('change', listener as (...args: unknown[]) => void);
  }
  if (o.signal) {
    if (o.signal.aborted) queueTick(() => watcher.close(), undefined);
    else o.signal.addEventListener('abort', () => watcher.close(), { once: true });
  }
  return watcher;
}

/** fs.promises.watch: an async iterator of `{ eventType, filename }`. */
export async function* watchPromise(filename: unknown, options?: unknown): AsyncGenerator<{ eventType: string; filename: string | Buffer }> {
  const o = watchOptions(options);
  const file = getValidatedPath(filename);
  if (o.signal?.aborted) throw new AbortError(undefined, { cause: o.signal.reason });
  const queue: { eventType: string; filename: string | Buffer }[] = [];
  let wake: (() => void) | null = null;
  let aborted = false;
  const watcher = new FSWatcher();
  watcher._start(file, o.persistent, o.recursive, o.encoding);
  watcher.on('change', (eventType: string, name: string | Buffer) => {
    queue.push({ eventType, filename: name });
    const w = wake;
    wake = null;
    w?.();
  });
  const onAbort = (): void => {
    aborted = true;
    const w = wake;
    wake = null;
    w?.();
  };
  o.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      while (queue.length > 0) yield queue.shift()!;
      if (aborted) throw new AbortError(undefined, { cause: o.signal?.reason });
      await new Promise<void>((resolve) => { wake = resolve; });
    }
  } finally {
    o.signal?.removeEventListener('abort', onAbort);
    watcher.close();
  }
}

// ---- watchFile ------------------------------------------------------------------------------

const ZERO = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

export class StatWatcher extends EventEmitter {
  private _timer: Timeout | null = null;
  private _prev: number[] | null = null;
  private _file = '';
  private readonly _bigint: boolean;

  constructor(bigint = false) {
    super();
    this._bigint = bigint;
  }

  _start(file: string, persistent: boolean, interval: number): void {
    this._file = file;
    const first = tryStat(file, true);
    this._prev = typeof first === 'number' ? ZERO : first;
    let missingReported = typeof first !== 'number';
    this._timer = setInterval(() => {
      const now = tryStat(this._file, true);
      const cur = typeof now === 'number' ? ZERO : now;
      const prev = this._prev!;
      if (typeof now === 'number' && !missingReported) {
        missingReported = true;
        this._prev = cur;
        this.emit('change', this._stats(cur), this._stats(prev));
        return;
      }
      if (typeof now !== 'number') missingReported = false;
      if (changed(prev, cur)) {
        this._prev = cur;
        this.emit('change', this._stats(cur), this._stats(prev));
      }
    }, interval);
    if (!persistent) this._timer.unref();
  }

  private _stats(raw: number[]): unknown {
    return getStatsFromBinding(raw, this._bigint);
  }

  stop(): void {
    if (this._timer === null) return;
    clearInterval(this._timer);
    this._timer = null;
    queueTick(() => this.emit('stop'), undefined);
  }

  ref(): this {
    this._timer?.ref();
    return this;
  }

  unref(): this {
    this._timer?.unref();
    return this;
  }
}

function changed(a: number[], b: number[]): boolean {
  // What libuv's fs_poll compares: times, size, mode, owner, inode and device.
  for (const i of [0, 1, 3, 4, 7, 8, 11, 12, 13]) if (a[i] !== b[i]) return true;
  return false;
}

const statWatchers = new Map<string, StatWatcher>();

export function watchFile(filename: unknown, options?: unknown, listener?: unknown): StatWatcher {
  const file = getValidatedPath(filename);
  let o: Record<string, unknown> = {};
  if (typeof options === 'function') listener = options;
  else if (options != null && typeof options === 'object') o = options as Record<string, unknown>;
  if (typeof listener !== 'function') throw nodeError('ERR_INVALID_ARG_TYPE', 'listener', 'Function', listener);
  const interval = typeof o.interval === 'number' ? o.interval : 5007;
  const persistent = o.persistent !== false;
  let watcher = statWatchers.get(file);
  if (watcher === undefined) {
    watcher = new StatWatcher(o.bigint === true);
    watcher._start(file, persistent, interval);
    statWatchers.set(file, watcher);
  }
  watcher.addListener('change', listener as (...args: unknown[]) => void);
  return watcher;
}

export function unwatchFile(filename: unknown, listener?: unknown): void {
  const file = getValidatedPath(filename);
  const watcher = statWatchers.get(file);
  if (watcher === undefined) return;
  if (typeof listener === 'function') watcher.removeListener('change', listener as (...args: unknown[]) => void);
  else watcher.removeAllListeners('change');
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    statWatchers.delete(file);
  }
}

export { Stats };
