// node layer: the `timers/promises` module — promise and async-iterator forms of the timers,
// with AbortSignal support and the `ref` option.
import { Immediate, Timeout, clearImmediate, clearTimeout } from '../timers.js';
import { validateAbortSignal, validateBoolean, validateObject } from '../internal/validators.js';
import { AbortError } from '../internal/errors.js';

interface TimerOptions {
  signal?: AbortSignal;
  ref?: boolean;
}

function checkOptions(options: unknown): TimerOptions {
  validateObject(options, 'options');
  const { signal, ref = true } = options as TimerOptions;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

function abortError(signal: AbortSignal): Error {
  return new AbortError(undefined, { cause: signal.reason });
}

function settleLater<T>(start: (done: () => void) => { cancel(): void; unref(): void }, value: T, options: TimerOptions): Promise<T> {
  const { signal, ref } = options;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      handle.cancel();
      reject(abortError(signal!));
    };
    const handle = start(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (!ref) handle.unref();
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function setTimeout<T = undefined>(delay?: number, value?: T, options: TimerOptions = {}): Promise<T> {
  const opts = checkOptions(options);
  return settleLater((done) => {
    const timer = new Timeout(done, delay, undefined, false);
    return { cancel: () => clearTimeout(timer), unref: () => void timer.unref() };
  }, value as T, opts);
}

export function setImmediate<T = undefined>(value?: T, options: TimerOptions = {}): Promise<T> {
  const opts = checkOptions(options);
  return settleLater((done) => {
    const immediate = new Immediate(done, undefined);
    return { cancel: () => clearImmediate(immediate), unref: () => void immediate.unref() };
  }, value as T, opts);
}

export async function* setInterval<T = undefined>(delay?: number, value?: T, options: TimerOptions = {}): AsyncGenerator<T> {
  const { signal, ref } = checkOptions(options);
  if (signal?.aborted) throw abortError(signal);
  let pendingTicks = 0;
  let wakeUp: (() => void) | null = null;
  let aborted = false;
  const timer = new Timeout(() => {
    pendingTicks++;
    wakeUp?.();
  }, delay, undefined, true);
  if (!ref) timer.unref();
  const onAbort = (): void => {
    aborted = true;
    wakeUp?.();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      if (pendingTicks === 0 && !aborted) await new Promise<void>((resolve) => { wakeUp = resolve; });
      wakeUp = null;
      if (aborted) throw abortError(signal!);
      for (; pendingTicks > 0; pendingTicks--) yield value as T;
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

export const scheduler = {
  wait(delay: number, options?: TimerOptions): Promise<void> {
    return setTimeout(delay, undefined, options);
  },
  yield(): Promise<void> {
    return setImmediate();
  },
};

export default { setTimeout, setImmediate, setInterval, scheduler };
