// node layer: the `events` module — EventEmitter (a plain constructor function, as in Node, so
// that `EventEmitter.call(this)` keeps working) and its static helpers, with Node 20's semantics.
import { AbortError, nodeError } from './internal/errors.js';
import { emitWarning } from './internal/process/warning.js';
import {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
} from './internal/validators.js';
import { isEventTarget, kEvents, kResistStopPropagation } from './internal/event_target.js';
import { setInternalArrow } from './internal/stack.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Listener = (...args: any[]) => unknown;
type EventName = string | symbol;

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kWatermarkData = Symbol.for('nodejs.watermarkData');
export const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
export const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
/** Lets readline's iterator receive the first argument instead of an array of all of them. */
export const kFirstEventParam = Symbol('nodejs.kFirstEventParam');
/**
 * Set on an Error thrown by an unhandled 'error' event: a function returning the stack with the
 * "Emitted 'error' event at:" trailer that the fatal-exception printer shows.
 */
export const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');
const SymbolDispose: symbol = (Symbol as unknown as { dispose?: symbol }).dispose ?? Symbol.for('nodejs.dispose');

export interface EventEmitterOptions {
  captureRejections?: boolean;
}

/** What `on`/`once`/`addAbortListener` need of an AbortSignal; the engine's own one qualifies. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener(type: string, listener: (...args: any[]) => unknown, options?: unknown): void;
  removeEventListener(type: string, listener: (...args: any[]) => unknown, options?: unknown): void;
}

export interface EventEmitter {
  _events: Record<EventName, Listener | Listener[] | undefined>;
  _eventsCount: number;
  _maxListeners: number | undefined;
  setMaxListeners(n: number): this;
  getMaxListeners(): number;
  emit(type: EventName, ...args: any[]): boolean;
  addListener(type: EventName, listener: Listener): this;
  on(type: EventName, listener: Listener): this;
  prependListener(type: EventName, listener: Listener): this;
  once(type: EventName, listener: Listener): this;
  prependOnceListener(type: EventName, listener: Listener): this;
  removeListener(type: EventName, listener: Listener): this;
  off(type: EventName, listener: Listener): this;
  removeAllListeners(type?: EventName): this;
  listeners(type: EventName): Function[];
  rawListeners(type: EventName): Function[];
  listenerCount(type: EventName, listener?: Function): number;
  eventNames(): EventName[];
}

export interface EventEmitterConstructor {
  new (opts?: EventEmitterOptions): EventEmitter;
  (this: any, opts?: EventEmitterOptions): void;
  prototype: EventEmitter;
  EventEmitter: EventEmitterConstructor;
  defaultMaxListeners: number;
  captureRejections: boolean;
  readonly captureRejectionSymbol: typeof kRejection;
  readonly errorMonitor: typeof kErrorMonitor;
  usingDomains: boolean;
  readonly kMaxEventTargetListeners: typeof kMaxEventTargetListeners;
  readonly kMaxEventTargetListenersWarned: typeof kMaxEventTargetListenersWarned;
  readonly EventEmitterAsyncResource: unknown;
  init(this: any, opts?: EventEmitterOptions): void;
  once: typeof once;
  on: typeof on;
  getEventListeners: typeof getEventListeners;
  getMaxListeners: typeof getMaxListeners;
  setMaxListeners(n?: number, ...targets: unknown[]): void;
  listenerCount(emitter: unknown, type: EventName): number;
  addAbortListener: typeof addAbortListener;
}

export { AbortError };

let defaultMaxListeners = 10;

const EE = function EventEmitter(this: any, opts?: EventEmitterOptions): void {
  EE.init.call(this, opts);
} as unknown as EventEmitterConstructor & Record<string, any>;
const proto = EE.prototype as any;

// Static members are created in Node's order: util.inspect(EventEmitter) lists them.
EE.addAbortListener = addAbortListener;
EE.once = once;
EE.on = on;
EE.getEventListeners = getEventListeners;
EE.getMaxListeners = getMaxListeners;
EE.EventEmitter = EE;
EE.usingDomains = false;
(EE as any).captureRejectionSymbol = kRejection;
Object.defineProperty(EE, 'captureRejections', {
  get() {
    return proto[kCapture];
  },
  set(value: unknown) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    proto[kCapture] = value;
  },
  enumerable: true,
});
Object.defineProperty(EE, 'EventEmitterAsyncResource', {
  enumerable: true,
  configurable: true,
  get() {
    return EventEmitterAsyncResource;
  },
  set: undefined,
});
(EE as any).errorMonitor = kErrorMonitor;

Object.defineProperty(proto, kCapture, { value: false, writable: true, enumerable: false });
proto._events = undefined;
proto._eventsCount = 0;
proto._maxListeners = undefined;

Object.defineProperty(EE, 'defaultMaxListeners', {
  enumerable: true,
  get() {
    return defaultMaxListeners;
  },
  set(value: unknown) {
    validateNumber(value, 'defaultMaxListeners', 0);
    defaultMaxListeners = value;
  },
});
Object.defineProperties(EE, {
  kMaxEventTargetListeners: { value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false },
  kMaxEventTargetListenersWarned: { value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false },
});

// Node assigns these three as anonymous function expressions, so their `name` is ''.
EE.setMaxListeners = [function (n: unknown = defaultMaxListeners, ...targets: any[]): void {
  validateNumber(n, 'setMaxListeners', 0);
  if (targets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i];
    if (isEventTarget(target) || isForeignEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw nodeError('ERR_INVALID_ARG_TYPE', 'eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}][0];

EE.init = [function (this: any, opts?: EventEmitterOptions): void {
  // A subclass prototype may carry its own `_events` (domain-style); then the instance keeps
  // whatever shape it was given and removals leave `undefined` slots instead of deleting.
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    // An own copy avoids a prototype lookup on every emit that returns a value.
    this[kCapture] = proto[kCapture];
  }
}][0];

EE.listenerCount = [function (emitter: any, type: EventName): number {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return countListeners.call(emitter, type);
}][0];

function isForeignEventTarget(target: any): boolean {
  return target != null && typeof target === 'object' && typeof target.addEventListener === 'function' &&
    typeof target.removeEventListener === 'function' && typeof target.dispatchEvent === 'function';
}

function maxListenersOf(emitter: any): number {
  return emitter._maxListeners === undefined ? EE.defaultMaxListeners : emitter._maxListeners;
}

// Called only when a listener returned something: routes a rejection to 'error' or to the
// emitter's Symbol.for('nodejs.rejection') method when captureRejections is on.
function watchForRejection(emitter: any, result: any, type: EventName, args: unknown[]): void {
  if (!emitter[kCapture]) return;
  try {
    // A thenable's `then` may be a getter that throws; read it exactly once.
    const then = result.then;
    if (typeof then === 'function') {
      then.call(result, undefined, (err: unknown) => {
        queueMicrotask(() => reportRejection(emitter, err, type, args));
      });
    }
  } catch (err) {
    emitter.emit('error', err);
  }
}

function reportRejection(emitter: any, err: unknown, type: EventName, args: unknown[]): void {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](err, type, ...args);
    return;
  }
  // Capturing stays off while 'error' runs so that a rejecting 'error' listener cannot loop.
  const previous = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = previous;
  }
}

proto.setMaxListeners = function setMaxListeners(this: any, n: unknown) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

proto.getMaxListeners = function getMaxListeners(this: any): number {
  return maxListenersOf(this);
};

/** Length of the longest run of equal lines shared by both stacks, found from `a`'s start. */
function sharedRun(a: string[], b: string[]): { len: number; offset: number } {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos === -1) continue;
    const rest = b.length - pos;
    if (rest <= 3) continue;
    const limit = Math.min(a.length - i, rest);
    let len = 1;
    while (len < limit && a[i + len] === b[pos + len]) len++;
    if (len > 3) return { len, offset: i };
  }
  return { len: 0, offset: 0 };
}

function stackWithEmitSite(this: any, err: Error, site: { stack?: string }): string {
  let where = '';
  try {
    const name = this.constructor.name;
    if (name !== 'EventEmitter') where = ` on ${name} instance`;
  } catch {
    // A hostile constructor getter only costs the "on X instance" detail.
  }
  const errLines = String(err.stack).split('\n').slice(1);
  const siteLines = String(site.stack).split('\n').slice(1);
  const { len, offset } = sharedRun(siteLines, errLines);
  if (len > 0) siteLines.splice(offset + 1, len - 2, '    [... lines matching original stack trace ...]');
  return `${err.stack}\nEmitted 'error' event${where} at:\n${siteLines.join('\n')}`;
}

// The source lines Node's fatal-exception printer shows above an unhandled 'error' event.
const errorArrow = "node:events:502\n      throw er; // Unhandled 'error' event\n      ^\n";
const contextErrorArrow = "node:events:515\n    throw err; // Unhandled 'error' event\n    ^\n";

function throwUnhandledError(emitter: any, args: unknown[]): never {
  const er = args.length > 0 ? args[0] : undefined;
  if (er instanceof Error) {
    try {
      const site: { stack?: string } = {};
      const capture = (Error as unknown as { captureStackTrace?: (o: object, f: Function) => void }).captureStackTrace;
      if (capture) capture(site, proto.emit);
      else site.stack = new Error().stack;
      Object.defineProperty(er, kEnhanceStackBeforeInspector, {
        value: stackWithEmitSite.bind(emitter, er, site),
        configurable: true,
      });
    } catch {
      // A frozen error is still thrown, only without the emit-site trailer.
    }
    setInternalArrow(er, errorArrow);
    throw er; // Unhandled 'error' event
  }
  // errors.ts inspects its argument, and an absent argument would drop the "(undefined)" part
  // that Node prints, so undefined travels as an object that inspects to exactly that text.
  const shown = er === undefined ? { [Symbol.for('nodejs.util.inspect.custom')]: () => 'undefined' } : er;
  const err = nodeError('ERR_UNHANDLED_ERROR', shown) as Error & { context?: unknown };
  err.context = er;
  setInternalArrow(err, contextErrorArrow);
  throw err; // Unhandled 'error' event
}

proto.emit = function emit(this: any, type: EventName, ...args: any[]): boolean {
  let unhandledError = type === 'error';
  const events = this._events;
  if (events !== undefined) {
    if (unhandledError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    unhandledError = unhandledError && events.error === undefined;
  } else if (!unhandledError) {
    return false;
  }
  if (unhandledError) throwUnhandledError(this, args);

  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    if (result !== undefined && result !== null) watchForRejection(this, result, type, args);
  } else {
    // A snapshot: listeners added or removed by a listener do not change this emit.
    const len = handler.length;
    const snapshot = copyListeners(handler);
    for (let i = 0; i < len; ++i) {
      const result = snapshot[i].apply(this, args);
      if (result !== undefined && result !== null) watchForRejection(this, result, type, args);
    }
  }
  return true;
};

function copyListeners(list: Listener[]): Listener[] {
  switch (list.length) {
    case 2: return [list[0], list[1]];
    case 3: return [list[0], list[1], list[2]];
    case 4: return [list[0], list[1], list[2], list[3]];
    default: return list.slice();
  }
}

/** The readable name `util.inspect(x, { depth: -1 })` gives an emitter, e.g. `[Foo [Tag]]`. */
function briefName(target: any): string {
  let name: string | null = null;
  for (let obj = target; obj !== null && obj !== undefined; obj = Object.getPrototypeOf(obj)) {
    const desc = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '') {
      let isInstance = false;
      try {
        isInstance = target instanceof desc.value;
      } catch {
        // A throwing Symbol.hasInstance just means "not this constructor".
      }
      if (isInstance) {
        name = desc.value.name;
        break;
      }
    }
  }
  if (name === null) return '[Object: null prototype]';
  const tag = target[Symbol.toStringTag];
  if (typeof tag === 'string' && tag !== '' && tag !== name) return `[${name} [${tag}]]`;
  return `[${name}]`;
}

function addListenerTo(target: any, type: EventName, listener: unknown, prepend: boolean): any {
  validateFunction(listener, 'listener');
  let events = target._events;
  let existing: Listener | Listener[] | undefined;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    // 'newListener' is emitted before the listener is stored, so that a 'newListener' listener
    // added for itself does not see itself.
    if (events.newListener !== undefined) {
      target.emit('newListener', type, (listener as any).listener ?? listener);
      // That listener may have replaced `_events` (removeAllListeners does).
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    // A lone listener is stored bare; the array appears with the second one.
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  let list: Listener[] & { warned?: boolean };
  if (typeof existing === 'function') {
    list = events[type] = prepend ? [listener as Listener, existing] : [existing, listener as Listener];
  } else {
    list = existing;
    if (prepend) list.unshift(listener as Listener);
    else list.push(listener as Listener);
  }
  const max = maxListenersOf(target);
  if (max > 0 && list.length > max && !list.warned) {
    list.warned = true;
    const warning = new Error(
      `Possible EventEmitter memory leak detected. ${list.length} ${String(type)} listeners ` +
      `added to ${briefName(target)}. MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`);
    Object.assign(warning, { name: 'MaxListenersExceededWarning', emitter: target, type, count: list.length });
    emitWarning(warning);
  }
  return target;
}

proto.addListener = function addListener(this: any, type: EventName, listener: Listener) {
  return addListenerTo(this, type, listener, false);
};
proto.on = proto.addListener;

proto.prependListener = function prependListener(this: any, type: EventName, listener: Listener) {
  return addListenerTo(this, type, listener, true);
};

interface OnceState {
  fired: boolean;
  wrapFn: Function | undefined;
  target: any;
  type: EventName;
  listener: Listener;
}

// Bound to its state, so rawListeners() shows "bound onceWrapper" with `.listener`, like Node.
function onceWrapper(this: OnceState, ...args: unknown[]): unknown {
  if (this.fired) return undefined;
  this.target.removeListener(this.type, this.wrapFn);
  this.fired = true;
  return this.listener.apply(this.target, args);
}

function wrapOnce(target: any, type: EventName, listener: Listener): Function {
  const state: OnceState = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state) as Function & { listener?: Listener };
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

proto.once = function once(this: any, type: EventName, listener: Listener) {
  validateFunction(listener, 'listener');
  this.on(type, wrapOnce(this, type, listener));
  return this;
};

proto.prependOnceListener = function prependOnceListener(this: any, type: EventName, listener: Listener) {
  validateFunction(listener, 'listener');
  this.prependListener(type, wrapOnce(this, type, listener));
  return this;
};

proto.removeListener = function removeListener(this: any, type: EventName, listener: Listener) {
  validateFunction(listener, 'listener');
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    // The most recently added match goes first, which is what `once` wrappers expect.
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    if (position === 0) list.shift();
    else list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
proto.off = proto.removeListener;

proto.removeAllListeners = function removeAllListeners(this: any, type?: EventName) {
  const events = this._events;
  if (events === undefined) return this;
  const all = arguments.length === 0;

  // Nobody listens for 'removeListener', so the table can simply be dropped.
  if (events.removeListener === undefined) {
    if (all) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type as EventName] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type as EventName];
    }
    this[kShapeMode] = false;
    return this;
  }

  if (all) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    // 'removeListener' listeners go last so they hear about every other removal.
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type as EventName];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function listenersOf(target: any, type: EventName, unwrap: boolean): Function[] {
  const events = target._events;
  if (events === undefined) return [];
  const stored = events[type];
  if (stored === undefined) return [];
  if (typeof stored === 'function') return unwrap ? [stored.listener || stored] : [stored];
  const copy = copyListeners(stored);
  if (unwrap) {
    for (let i = 0; i < copy.length; ++i) {
      const original = (copy[i] as any).listener;
      if (typeof original === 'function') copy[i] = original;
    }
  }
  return copy;
}

proto.listeners = function listeners(this: any, type: EventName): Function[] {
  return listenersOf(this, type, true);
};

proto.rawListeners = function rawListeners(this: any, type: EventName): Function[] {
  return listenersOf(this, type, false);
};

function countListeners(this: any, type: EventName, listener?: unknown): number {
  const events = this._events;
  if (events === undefined) return 0;
  const stored = events[type];
  if (typeof stored === 'function') {
    if (listener != null) return listener === stored || listener === (stored as any).listener ? 1 : 0;
    return 1;
  }
  if (stored === undefined) return 0;
  if (listener == null) return stored.length;
  let matching = 0;
  for (let i = 0, l = stored.length; i < l; i++) {
    if (stored[i] === listener || stored[i].listener === listener) matching++;
  }
  return matching;
}
Object.defineProperty(countListeners, 'name', { value: 'listenerCount' });
proto.listenerCount = countListeners;

proto.eventNames = function eventNames(this: any): EventName[] {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

/** Node's `events.getEventListeners`: works for emitters and for EventTargets. */
export function getEventListeners(emitterOrTarget: any, type: EventName): Function[] {
  if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
  // An EventTarget of the host engine carries Node's brand too, but not our listener list.
  if (isEventTarget(emitterOrTarget) && emitterOrTarget[kEvents] !== undefined) {
    const result: Function[] = [];
    let node = emitterOrTarget[kEvents].get(type)?.next;
    while (node?.listener !== undefined) {
      result.push(node.listener);
      node = node.next;
    }
    return result;
  }
  // The engine's own EventTargets (AbortSignal) do not reveal their listeners.
  if (isForeignEventTarget(emitterOrTarget)) return [];
  throw nodeError('ERR_INVALID_ARG_TYPE', 'emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

/** Node's `events.getMaxListeners`. */
export function getMaxListeners(emitterOrTarget: any): number {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return maxListenersOf(emitterOrTarget);
  if (emitterOrTarget?.[kMaxEventTargetListeners]) return emitterOrTarget[kMaxEventTargetListeners];
  // An engine EventTarget never given a limit has the default one, as Node's would.
  if (isForeignEventTarget(emitterOrTarget) && !(kMaxEventTargetListeners in emitterOrTarget)) return defaultMaxListeners;
  throw nodeError('ERR_INVALID_ARG_TYPE', 'emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function addListenerAnyKind(emitter: any, name: EventName, listener: Listener, flags?: { once?: boolean }): void {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'emitter', 'EventEmitter', emitter);
  }
}

function removeListenerAnyKind(emitter: any, name: EventName, listener: Listener, flags?: unknown): void {
  if (typeof emitter.removeListener === 'function') emitter.removeListener(name, listener);
  else if (typeof emitter.removeEventListener === 'function') emitter.removeEventListener(name, listener, flags);
  else throw nodeError('ERR_INVALID_ARG_TYPE', 'emitter', 'EventEmitter', emitter);
}

const kNoOptions = Object.freeze({ __proto__: null }) as unknown as Readonly<Record<string, never>>;

/** Node's `events.once`: resolves with the event's arguments, rejects on 'error' or abort. */
export async function once(emitter: any, name: EventName, options: { signal?: AbortSignalLike } = kNoOptions): Promise<any[]> {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  return new Promise((resolve, reject) => {
    const errorListener = (err: unknown) => {
      emitter.removeListener(name, resolver);
      if (signal != null) removeListenerAnyKind(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args: any[]) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal != null) removeListenerAnyKind(signal, 'abort', abortListener);
      resolve(args);
    };
    const flags = { __proto__: null, once: true, [kResistStopPropagation]: true };
    addListenerAnyKind(emitter, name, resolver, flags);
    // EventTargets have no 'error' semantics; only emitters reject on it.
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
    function abortListener() {
      removeListenerAnyKind(emitter, name, resolver);
      removeListenerAnyKind(emitter, 'error', errorListener);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }
    if (signal != null) {
      addListenerAnyKind(signal, 'abort', abortListener, { __proto__: null, once: true, [kResistStopPropagation]: true } as { once: boolean });
    }
  });
}

/** A FIFO that does not shift arrays: a head index, compacted once half of it is consumed. */
class Fifo<T> {
  _items: T[] = [];
  _head = 0;
  isEmpty(): boolean {
    return this._head === this._items.length;
  }
  push(item: T): void {
    this._items.push(item);
  }
  shift(): T {
    const item = this._items[this._head];
    this._items[this._head++] = undefined as T;
    if (this._head === this._items.length) {
      this._items.length = 0;
      this._head = 0;
    } else if (this._head > 1024 && this._head * 2 > this._items.length) {
      this._items = this._items.slice(this._head);
      this._head = 0;
    }
    return item;
  }
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

export interface OnOptions {
  signal?: AbortSignalLike;
  close?: EventName[];
  highWaterMark?: number;
  highWatermark?: number;
  lowWaterMark?: number;
  lowWatermark?: number;
  [kFirstEventParam]?: boolean;
}

/** Node's `events.on`: an async iterator over an event's argument arrays. */
export function on(emitter: any, event: EventName, options: OnOptions = kNoOptions): AsyncIterableIterator<any> {
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  const highWatermark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const unconsumedEvents = new Fifo<unknown>();
  const unconsumedPromises = new Fifo<{ resolve: (v: IteratorResult<unknown>) => void; reject: (e: unknown) => void }>();
  let paused = false;
  let error: unknown = null;
  let finished = false;
  let size = 0;
  const registered: [any, EventName, Listener][] = [];

  const iterator = Object.setPrototypeOf({
    next() {
      if (size) {
        const value = unconsumedEvents.shift();
        size--;
        if (paused && size < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve({ value, done: false });
      }
      // An error is delivered once; listening already stopped when it arrived.
      if (error) {
        const rejected = Promise.reject(error);
        error = null;
        return rejected;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => {
        unconsumedPromises.push({ resolve, reject });
      });
    },
    return() {
      return closeHandler();
    },
    throw(err: unknown) {
      if (!err || !(err instanceof Error)) {
        throw nodeError('ERR_INVALID_ARG_TYPE', 'EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    [kWatermarkData]: {
      get size() {
        return size;
      },
      get low() {
        return lowWatermark;
      },
      get high() {
        return highWatermark;
      },
      get isPaused() {
        return paused;
      },
    },
  }, AsyncIteratorPrototype);

  const listen = (target: any, name: EventName, handler: Listener) => {
    addListenerAnyKind(target, name, handler);
    registered.push([target, name, handler]);
  };
  listen(emitter, event, options[kFirstEventParam] ? eventHandler : (...args: unknown[]) => eventHandler(args));
  if (event !== 'error' && typeof emitter.on === 'function') listen(emitter, 'error', errorHandler);
  const closeEvents = options?.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) listen(emitter, closeEvents[i], closeHandler);
  }
  const abortDisposable = signal ? addAbortListener(signal, abortListener) : null;
  return iterator;

  function abortListener() {
    errorHandler(new AbortError(undefined, { cause: signal?.reason }));
  }

  function eventHandler(value: unknown) {
    if (unconsumedPromises.isEmpty()) {
      size++;
      if (!paused && size > highWatermark) {
        paused = true;
        emitter.pause();
      }
      unconsumedEvents.push(value);
    } else {
      unconsumedPromises.shift().resolve({ value, done: false });
    }
  }

  function errorHandler(err: unknown) {
    if (unconsumedPromises.isEmpty()) error = err;
    else unconsumedPromises.shift().reject(err);
    closeHandler();
  }

  function closeHandler(): Promise<IteratorResult<unknown>> {
    (abortDisposable as any)?.[SymbolDispose]();
    while (registered.length > 0) {
      const [target, name, handler] = registered.pop()!;
      removeListenerAnyKind(target, name, handler);
    }
    finished = true;
    const done = { value: undefined, done: true };
    while (!unconsumedPromises.isEmpty()) unconsumedPromises.shift().resolve(done);
    return Promise.resolve(done);
  }
}

/** Node's `events.addAbortListener`: returns a Disposable that removes the listener. */
export function addAbortListener(signal: AbortSignalLike, listener: () => void): { [key: symbol]: () => void } {
  if (signal === undefined) throw nodeError('ERR_INVALID_ARG_TYPE', 'signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let remove: (() => void) | undefined;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { __proto__: null, once: true, [kResistStopPropagation]: true });
    remove = () => {
      signal.removeEventListener('abort', listener);
    };
  }
  return {
    __proto__: null,
    [SymbolDispose]() {
      remove?.();
    },
  } as { [key: symbol]: () => void };
}

// async_hooks has no counterpart in nodeling yet; the class exists so that feature tests see
// it, and constructing it says so loudly.
function refuseAsyncResource(): never {
  throw nodeError('ERR_NOT_IMPLEMENTED', 'events.EventEmitterAsyncResource');
}

class EventEmitterAsyncResource extends (EE as unknown as new (opts?: EventEmitterOptions) => EventEmitter) {
  constructor() {
    super(refuseAsyncResource());
  }
}

export const EventEmitter = EE;
export const errorMonitor = kErrorMonitor;
export const captureRejectionSymbol = kRejection;
export const usingDomains = false;
export const setMaxListeners = EE.setMaxListeners;
export const listenerCount = EE.listenerCount;
export { EventEmitterAsyncResource };
export default EE;
