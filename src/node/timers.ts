// node layer: the `timers` module — Timeout and Immediate objects over the event loop's timer
// heap and check queue, with Node's coercions, ref/unref and refresh.
import {
  insertTimer, now, queueImmediate, refImmediate, refTimer, removeTimer, updateNow,
  type ImmediateLike, type TimerLike,
} from './internal/loop.js';
import { validateFunction } from './internal/validators.js';
import { nodeError } from './internal/errors.js';
import { emitWarning } from './internal/process/warning.js';
import * as promisesModule from './timers/promises.js';

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const kAsyncId = Symbol('asyncId');
const kTriggerId = Symbol('triggerId');

let nextSeq = 1;
let nextAsyncId = 2;
/** Timeouts that were turned into a primitive, for clearTimeout(number). */
const knownById = new Map<number, Timeout>();

function coerceDelay(after: unknown): number {
  let delay = Number(after);
  if (!(delay >= 1 && delay <= TIMEOUT_MAX)) {
    if (delay > TIMEOUT_MAX) {
      emitWarning(`${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`, 'TimeoutOverflowWarning');
    }
    delay = 1;
  }
  return Math.trunc(delay);
}

export class Timeout implements TimerLike {
  _idleTimeout: number;
  _idlePrev: unknown = null;
  _idleNext: unknown = null;
  _idleStart = 0;
  _onTimeout: Function | null;
  _timerArgs: unknown[] | undefined;
  _repeat: number | null;
  _destroyed = false;
  [kRefed] = true;
  [kHasPrimitive] = false;
  [kAsyncId] = nextAsyncId++;
  [kTriggerId] = 1;
  /** @internal loop bookkeeping, hidden from inspection. */
  declare _expiry: number;
  declare _seq: number;
  declare _heapIndex: number;

  constructor(callback: Function, after: unknown, args: unknown[] | undefined, isRepeat: boolean) {
    const delay = coerceDelay(after);
    this._idleTimeout = delay;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? delay : null;
    Object.defineProperties(this, {
      _expiry: { value: 0, writable: true, enumerable: false },
      _seq: { value: 0, writable: true, enumerable: false },
      _heapIndex: { value: -1, writable: true, enumerable: false },
    });
    refTimer(1);
    this._arm(updateNow());
  }

  _arm(start: number): void {
    this._idleStart = start;
    this._expiry = start + this._idleTimeout;
    this._seq = nextSeq++;
    insertTimer(this);
  }

  // As Node: an interval is re-armed from the time its callback started; a timeout is destroyed
  // after its callback unless the callback refreshed it.
  _fire(): void {
    if (this._destroyed) return;
    const start = now();
    const args = this._timerArgs;
    // The bookkeeping must happen even when the callback throws (the error still propagates).
    try {
      if (args === undefined) this._onTimeout!();
      else this._onTimeout!(...args);
    } finally {
      this._afterFire(start);
    }
  }

  _afterFire(start: number): void {
    if (this._repeat !== null && !this._destroyed) {
      if (this._heapIndex < 0) this._arm(start);
    } else if (this._heapIndex < 0) {
      this._destroy();
    }
  }

  _destroy(): void {
    if (this._destroyed) return;
    this._destroyed = true;
    removeTimer(this);
    if (this[kRefed]) refTimer(-1);
    if (this[kHasPrimitive]) knownById.delete(this[kAsyncId]);
  }

  refresh(): this {
    if (!this._destroyed) {
      removeTimer(this);
      this._arm(updateNow());
    }
    return this;
  }

  ref(): this {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) refTimer(1);
    }
    return this;
  }

  unref(): this {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) refTimer(-1);
    }
    return this;
  }

  hasRef(): boolean {
    return this[kRefed];
  }

  close(): this {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive](): number {
    const id = this[kAsyncId];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownById.set(id, this);
    }
    return id;
  }

  [Symbol.dispose](): void {
    clearTimeout(this);
  }
}

export class Immediate implements ImmediateLike {
  _idleNext: unknown = null;
  _idlePrev: unknown = null;
  _onImmediate: Function | null;
  _argv: unknown[] | undefined;
  _destroyed = false;
  [kRefed] = true;
  [kAsyncId] = nextAsyncId++;
  [kTriggerId] = 1;
  declare _cleared: boolean;

  constructor(callback: Function, args: unknown[] | undefined) {
    this._onImmediate = callback;
    this._argv = args;
    Object.defineProperty(this, '_cleared', { value: false, writable: true, enumerable: false });
    refImmediate(1);
    queueImmediate(this);
  }

  get _refed(): boolean {
    return this[kRefed];
  }

  // Called as a method, so stack traces read `Immediate._onImmediate` as in Node.
  _fire(): void {
    const args = this._argv;
    this._finish();
    if (args === undefined) this._onImmediate!();
    else this._onImmediate!(...args);
    this._onImmediate = null;
  }

  _finish(): void {
    this._cleared = true;
    this._destroyed = true;
    if (this[kRefed]) {
      this[kRefed] = false;
      refImmediate(-1);
    }
  }

  ref(): this {
    if (!this[kRefed] && !this._destroyed) {
      this[kRefed] = true;
      refImmediate(1);
    }
    return this;
  }

  unref(): this {
    if (this[kRefed]) {
      this[kRefed] = false;
      refImmediate(-1);
    }
    return this;
  }

  hasRef(): boolean {
    return this[kRefed];
  }

  [Symbol.dispose](): void {
    clearImmediate(this);
  }
}

function restArgs(args: IArguments, from: number): unknown[] | undefined {
  if (args.length <= from) return undefined;
  return Array.prototype.slice.call(args, from);
}

const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');

export function setTimeout(callback: Function, after?: number, ...args: unknown[]): Timeout;
export function setTimeout(callback: Function): Timeout {
  validateFunction(callback, 'callback');
  return new Timeout(callback, arguments[1], restArgs(arguments, 2), false);
}

export function setInterval(callback: Function, repeat?: number, ...args: unknown[]): Timeout;
export function setInterval(callback: Function): Timeout {
  validateFunction(callback, 'callback');
  return new Timeout(callback, arguments[1], restArgs(arguments, 2), true);
}

export function setImmediate(callback: Function, ...args: unknown[]): Immediate;
export function setImmediate(callback: Function): Immediate {
  validateFunction(callback, 'callback');
  return new Immediate(callback, restArgs(arguments, 1));
}

export function clearTimeout(timer: unknown): void {
  if (timer instanceof Timeout) {
    timer._destroy();
    timer._onTimeout = null;
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') knownById.get(Number(timer))?._destroy();
}

export function clearInterval(timer: unknown): void {
  clearTimeout(timer);
}

// util.promisify(setTimeout) is timers/promises' setTimeout, as in Node.
Object.defineProperty(setTimeout, promisifyCustom, { value: promisesModule.setTimeout, enumerable: false, configurable: true });
Object.defineProperty(setImmediate, promisifyCustom, { value: promisesModule.setImmediate, enumerable: false, configurable: true });

export function clearImmediate(immediate: unknown): void {
  if (immediate instanceof Immediate && !immediate._destroyed) {
    immediate._finish();
    immediate._onImmediate = null;
  }
}

/** Deprecated APIs that Node still exports. */
export function enroll(): never {
  throw nodeError('ERR_NOT_IMPLEMENTED', 'timers.enroll');
}

export function unenroll(): never {
  throw nodeError('ERR_NOT_IMPLEMENTED', 'timers.unenroll');
}

export function active(): never {
  throw nodeError('ERR_NOT_IMPLEMENTED', 'timers.active');
}

/** Deprecated internals Node still exports. */
export function _unrefActive(): never {
  throw nodeError('ERR_NOT_IMPLEMENTED', 'timers._unrefActive');
}

export const promises = promisesModule;

export default {
  setTimeout, clearTimeout, setImmediate, clearImmediate, setInterval, clearInterval,
  _unrefActive, active, unenroll, enroll, promises,
};
