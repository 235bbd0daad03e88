// node layer: Node's EventTarget, Event, CustomEvent and NodeEventTarget (internal/event_target).
// AbortController/AbortSignal are the engine's own; events.ts accepts any object shaped like them.
import { nodeError } from './errors.js';
import { emitWarning } from './process/warning.js';
import { validateAbortSignal, validateObject, validateString } from './validators.js';
import EventEmitter, { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } from '../events.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Callback = (this: any, ...args: any[]) => unknown;
type EventListenerLike = Callback | { handleEvent?: Callback };

const kIsEventTarget = Symbol.for('nodejs.event_target');
const kIsNodeEventTarget = Symbol('kIsNodeEventTarget');
export const kEvents = Symbol('kEvents');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kStop = Symbol('kStop');
const kTarget = Symbol('kTarget');
const kHandlers = Symbol('kHandlers');
export const kWeakHandler = Symbol('kWeak');
export const kResistStopPropagation = Symbol('kResistStopPropagation');
export const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
export const kCreateEvent = Symbol('kCreateEvent');
export const kNewListener = Symbol('kNewListener');
export const kRemoveListener = Symbol('kRemoveListener');
export const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
export const kTrustEvent = Symbol('kTrustEvent');
const kType = Symbol('type');
const kDetail = Symbol('detail');
const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kNoOptions = Object.freeze({ __proto__: null }) as Record<PropertyKey, any>;

type ErrorReporter = (err: unknown) => void;
type InspectFn = (value: unknown, options?: unknown) => string;

// Node hands a listener's exception to process.nextTick(() => { throw err }), which makes it an
// uncaughtException; the bootstrap installs the same route here.
let reportListenerError: ErrorReporter = (err) => {
  queueMicrotask(() => {
    throw err;
  });
};

/** Installed by the bootstrap: where exceptions thrown by EventTarget listeners go. */
export function setEventTargetErrorReporter(fn: ErrorReporter): void {
  reportListenerError = fn;
}

const trustedEvents = new WeakSet<object>();

function isEvent(value: any): boolean {
  return typeof value?.[kType] === 'string';
}

function checkEvent(self: unknown): void {
  if (!isEvent(self)) throw nodeError('ERR_INVALID_THIS', 'Event');
}

interface EventInit {
  bubbles?: boolean;
  cancelable?: boolean;
  composed?: boolean;
}

export class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #timestamp = performance.now();
  #propagationStopped = false;
  declare [kType]: string;
  declare [kTarget]: EventTarget | null;
  declare [kIsBeingDispatched]: boolean;
  declare [kStop]: boolean | undefined;

  declare static readonly NONE: 0;
  declare static readonly CAPTURING_PHASE: 1;
  declare static readonly AT_TARGET: 2;
  declare static readonly BUBBLING_PHASE: 3;

  constructor(type: string, options: EventInit | null | undefined = undefined) {
    if (arguments.length === 0) throw nodeError('ERR_MISSING_ARGS', 'type');
    if (options != null) validateObject(options, 'options');
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
    this[kType] = `${type}`;
    if ((options as any)?.[kTrustEvent]) trustedEvents.add(this);
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
  }

  initEvent(type: string, bubbles = false, cancelable = false): void {
    if (arguments.length === 0) throw nodeError('ERR_MISSING_ARGS', 'type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  // util.inspect passes itself as a third argument; a rest parameter keeps `length` at Node's 2.
  [customInspect](depth: number, options: any, ...rest: [InspectFn]): string {
    const inspect = rest[0];
    checkEvent(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = Object.assign({}, options, {
      depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
    });
    return `${name} ${inspect({
      type: this[kType],
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, opts)}`;
  }

  stopImmediatePropagation(): void {
    checkEvent(this);
    // The DOM says stopping immediate propagation also stops propagation.
    this.stopPropagation();
    this[kStop] = true;
  }

  preventDefault(): void {
    checkEvent(this);
    this.#defaultPrevented = true;
  }

  get target(): EventTarget | null {
    checkEvent(this);
    return this[kTarget];
  }

  get currentTarget(): EventTarget | null {
    checkEvent(this);
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement(): EventTarget | null {
    checkEvent(this);
    return this[kTarget];
  }

  get type(): string {
    checkEvent(this);
    return this[kType];
  }

  get cancelable(): boolean {
    checkEvent(this);
    return this.#cancelable;
  }

  get defaultPrevented(): boolean {
    checkEvent(this);
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp(): number {
    checkEvent(this);
    return this.#timestamp;
  }

  // Node has no event path: the target is the whole of it while dispatching.
  composedPath(): EventTarget[] {
    checkEvent(this);
    return this[kIsBeingDispatched] ? [this[kTarget] as EventTarget] : [];
  }

  get returnValue(): boolean {
    checkEvent(this);
    return !this.#cancelable || !this.#defaultPrevented;
  }

  get bubbles(): boolean {
    checkEvent(this);
    return this.#bubbles;
  }

  get composed(): boolean {
    checkEvent(this);
    return this.#composed;
  }

  get eventPhase(): number {
    checkEvent(this);
    return this[kIsBeingDispatched] ? 2 : 0;
  }

  get cancelBubble(): boolean {
    checkEvent(this);
    return this.#propagationStopped;
  }

  set cancelBubble(value: boolean) {
    checkEvent(this);
    if (value) this.#propagationStopped = true;
  }

  stopPropagation(): void {
    checkEvent(this);
    this.#propagationStopped = true;
  }

  declare readonly isTrusted: boolean;
}

const enumerable = { enumerable: true };

function makeEnumerable(target: object, names: string[]): void {
  const descriptors: PropertyDescriptorMap = {};
  for (const name of names) descriptors[name] = enumerable;
  Object.defineProperties(target, descriptors);
}

makeEnumerable(Event.prototype, [
  'initEvent', 'stopImmediatePropagation', 'preventDefault', 'target', 'currentTarget', 'srcElement', 'type',
  'cancelable', 'defaultPrevented', 'timeStamp', 'composedPath', 'returnValue', 'bubbles', 'composed',
  'eventPhase', 'cancelBubble', 'stopPropagation',
]);
Object.defineProperties(Event.prototype, {
  // Node keeps isTrusted on the prototype (not an own unforgeable property) for speed.
  isTrusted: {
    configurable: false,
    enumerable: true,
    get: Object.getOwnPropertyDescriptor({
      get isTrusted() {
        return trustedEvents.has(this);
      },
    }, 'isTrusted')!.get,
  },
  [Symbol.toStringTag]: { writable: false, enumerable: false, configurable: true, value: 'Event' },
});
['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE'].forEach((name, value) => {
  Object.defineProperty(Event, name, { writable: false, configurable: false, enumerable: true, value });
});

function isCustomEvent(value: any): boolean {
  return isEvent(value) && value?.[kDetail] !== undefined;
}

export class CustomEvent<T = unknown> extends Event {
  declare [kDetail]: T | null;

  constructor(type: string, options: (EventInit & { detail?: T }) | null | undefined = kNoOptions) {
    if (arguments.length === 0) throw nodeError('ERR_MISSING_ARGS', 'type');
    super(type, options);
    this[kDetail] = options?.detail ?? null;
  }

  get detail(): T | null {
    if (!isCustomEvent(this)) throw nodeError('ERR_INVALID_THIS', 'CustomEvent');
    return this[kDetail];
  }
}

makeEnumerable(CustomEvent.prototype, ['detail']);
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  writable: false, enumerable: false, configurable: true, value: 'CustomEvent',
});

/** The head of one type's listener list; `size` also counts `on<event>` handler slots. */
interface ListenerRoot {
  size: number;
  next: ListenerNode | undefined;
  resistStopPropagation: boolean;
}

// Listeners form a doubly linked list so that one removed mid-dispatch is skipped while the
// dispatch loop keeps its place.
class ListenerNode {
  next: ListenerNode | undefined = undefined;
  previous: ListenerNode | ListenerRoot;
  listener: EventListenerLike;
  callback: Callback;
  once: boolean;
  capture: boolean;
  passive: boolean;
  isNodeStyleListener: boolean;
  resistStopPropagation: boolean;
  removed = false;

  constructor(previous: ListenerNode | ListenerRoot, listener: EventListenerLike, once: boolean, capture: boolean,
              passive: boolean, isNodeStyleListener: boolean, resistStopPropagation: boolean) {
    previous.next = this;
    this.previous = previous;
    this.listener = listener;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.isNodeStyleListener = isNodeStyleListener;
    this.resistStopPropagation = resistStopPropagation;
    if (typeof listener === 'function') {
      this.callback = listener;
    } else {
      // handleEvent is looked up at each dispatch, and a throw becomes a rejection that
      // the dispatcher reports like any other listener error.
      this.callback = async (...args: unknown[]) => {
        if (listener.handleEvent) await Reflect.apply(listener.handleEvent, listener, args);
      };
    }
  }

  same(listener: unknown, capture: boolean): boolean {
    return this.listener === listener && this.capture === capture;
  }

  remove(): void {
    this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.removed = true;
  }
}

export function initEventTarget(self: any): void {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new Map();
}

export function initNodeEventTarget(self: any): void {
  initEventTarget(self);
}

/** Node's test: the constructor carries Symbol.for('nodejs.event_target'), so it works cross-realm. */
export function isEventTarget(obj: any): boolean {
  return obj?.constructor?.[kIsEventTarget];
}

function isNodeEventTarget(obj: any): boolean {
  return obj?.constructor?.[kIsNodeEventTarget];
}

function checkTarget(self: unknown): void {
  if (!isEventTarget(self)) throw nodeError('ERR_INVALID_THIS', 'EventTarget');
}

function checkNodeTarget(self: unknown): void {
  if (!isNodeEventTarget(self)) throw nodeError('ERR_INVALID_THIS', 'NodeEventTarget');
}

// Returns false for null/undefined, which the DOM tolerates (with a warning in Node).
function isValidListener(listener: unknown): boolean {
  if (typeof listener === 'function' || typeof (listener as any)?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw nodeError('ERR_INVALID_ARG_TYPE', 'listener', 'EventListener', listener);
}

interface ListenerOptions {
  once?: boolean;
  capture?: boolean;
  passive?: boolean;
  signal?: any;
  weak?: unknown;
  resistStopPropagation?: boolean;
  isNodeStyleListener?: boolean;
}

function readListenerOptions(options: unknown): ListenerOptions {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return kNoOptions;
  validateObject(options, 'options', { allowArray: true, allowFunction: true });
  // Every option getter is read, in this order, as the spec requires.
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: (options as any)[kWeakHandler],
    resistStopPropagation: (options as any)[kResistStopPropagation] ?? false,
    isNodeStyleListener: Boolean((options as any)[kIsNodeStyleListener]),
  };
}

function toDOMString(value: unknown): string {
  if (typeof value === 'symbol') throw nodeError('ERR_INVALID_ARG_VALUE', 'value', value);
  return String(value);
}

function reportRejections(result: any): void {
  const then = result.then;
  if (typeof then === 'function') then.call(result, undefined, (err: unknown) => reportListenerError(err));
}

export class EventTarget {
  static [kIsEventTarget] = true;
  declare [kEvents]: Map<string, ListenerRoot>;
  declare [kHandlers]: Map<string, any>;

  constructor() {
    initEventTarget(this);
  }

  [kNewListener](size: number, type: string, _listener?: unknown, _once?: boolean, _capture?: boolean,
                 _passive?: boolean, _weak?: unknown): void {
    const self = this as any;
    const max = self[kMaxEventTargetListeners];
    if (max > 0 && size > max && !self[kMaxEventTargetListenersWarned]) {
      self[kMaxEventTargetListenersWarned] = true;
      const warning = new Error(`Possible EventTarget memory leak detected. ${size} ${type} listeners ` +
        `added to ${this.constructor.name}. MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      Object.assign(warning, { name: 'MaxListenersExceededWarning', target: this, type, count: size });
      emitWarning(warning);
    }
  }

  [kRemoveListener](_size: number, _type: string, _listener?: unknown, _capture?: boolean): void {}

  addEventListener(type: string, listener: EventListenerLike | null | undefined, options: unknown = kNoOptions): void {
    checkTarget(this);
    if (arguments.length < 2) throw nodeError('ERR_MISSING_ARGS', 'type', 'listener');
    let flags: ListenerOptions = kNoOptions;
    if (options !== kNoOptions) {
      // Options come before the listener check: the spec wants their getters hit first.
      flags = readListenerOptions(options);
      const signal = flags.signal;
      validateAbortSignal(signal, 'options.signal');
      if (signal) {
        if (signal.aborted) return;
        signal.addEventListener('abort', () => {
          this.removeEventListener(type, listener, flags);
        }, { __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
      }
    }

    if (!isValidListener(listener)) {
      const warning = new Error(`addEventListener called with ${listener} which has no effect.`);
      Object.assign(warning, { name: 'AddEventListenerArgumentTypeWarning', target: this, type });
      emitWarning(warning);
      return;
    }
    const key = toDOMString(type);
    const once = Boolean(flags.once);
    const capture = Boolean(flags.capture);
    const passive = Boolean(flags.passive);
    const nodeStyle = Boolean(flags.isNodeStyleListener);
    const resist = Boolean(flags.resistStopPropagation);

    let root = this[kEvents].get(key);
    if (root === undefined) {
      root = { size: 1, next: undefined, resistStopPropagation: resist };
      new ListenerNode(root, listener as EventListenerLike, once, capture, passive, nodeStyle, resist);
      this[kNewListener](root.size, key, listener, once, capture, passive, flags.weak);
      this[kEvents].set(key, root);
      return;
    }
    let previous: ListenerNode | ListenerRoot = root;
    let node = root.next;
    while (node !== undefined) {
      // The same (listener, capture) pair is registered only once.
      if (node.same(listener, capture)) return;
      previous = node;
      node = node.next;
    }
    new ListenerNode(previous, listener as EventListenerLike, once, capture, passive, nodeStyle, resist);
    root.size++;
    root.resistStopPropagation ||= resist;
    this[kNewListener](root.size, key, listener, once, capture, passive, flags.weak);
  }

  removeEventListener(type: string, listener: EventListenerLike | null | undefined, options: unknown = kNoOptions): void {
    checkTarget(this);
    if (arguments.length < 2) throw nodeError('ERR_MISSING_ARGS', 'type', 'listener');
    if (!isValidListener(listener)) return;
    const key = toDOMString(type);
    const capture = (options as any)?.capture === true;
    const root = this[kEvents].get(key);
    if (root === undefined) return;
    for (let node = root.next; node !== undefined; node = node.next) {
      if (node.same(listener, capture)) {
        node.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(key);
        this[kRemoveListener](root.size, key, listener, capture);
        return;
      }
    }
  }

  dispatchEvent(event: Event): boolean {
    checkTarget(this);
    if (arguments.length < 1) throw nodeError('ERR_MISSING_ARGS', 'event');
    if (!(event instanceof Event)) throw nodeError('ERR_INVALID_ARG_TYPE', 'event', 'Event', event);
    if (event[kIsBeingDispatched]) throw nodeError('ERR_EVENT_RECURSION', event.type);
    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  /**
   * Dispatches to DOM-style listeners (which get an Event, created on demand) and Node-style
   * ones (which get `nodeValue`); NodeEventTarget.emit and dispatchEvent both land here.
   */
  [kHybridDispatch](nodeValue: unknown, type: string, event: Event | undefined): boolean | void {
    if (event !== undefined) {
      event[kTarget] = this;
      event[kIsBeingDispatched] = true;
    }
    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) {
      if (event !== undefined) event[kIsBeingDispatched] = false;
      return true;
    }
    let node: ListenerNode | undefined = root.next;
    while (node !== undefined &&
           (root.resistStopPropagation || node.passive || (event as any)?.[kStop] !== true)) {
      // Read `next` first: this listener may remove itself.
      const next: ListenerNode | undefined = node.next;
      if (node.removed || ((event as any)?.[kStop] === true && !node.resistStopPropagation)) {
        node = next;
        continue;
      }
      if (node.once) {
        node.remove();
        root.size--;
        this[kRemoveListener](root.size, type, node.listener, node.capture);
      }
      try {
        let arg: any;
        if (node.isNodeStyleListener) {
          arg = nodeValue;
        } else {
          if (event === undefined) {
            event = (this as any)[kCreateEvent](nodeValue, type) as Event;
            event[kTarget] = this;
            event[kIsBeingDispatched] = true;
          }
          arg = event;
        }
        const result = node.callback.call(this, arg);
        // Node clears the flag after each DOM-style listener, so later listeners of the same
        // dispatch see currentTarget null and eventPhase 0; kept for identical output.
        if (!node.isNodeStyleListener) arg[kIsBeingDispatched] = false;
        if (result !== undefined && result !== null) reportRejections(result);
      } catch (err) {
        reportListenerError(err);
      }
      node = next;
    }
    if (event !== undefined) event[kIsBeingDispatched] = false;
  }

  [kCreateEvent](nodeValue: unknown, type: string): Event {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [customInspect](depth: number, options: any, ...rest: [InspectFn]): string {
    const inspect = rest[0];
    checkTarget(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = Object.assign({}, options, {
      depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
    });
    return `${name} ${inspect({}, opts)}`;
  }
}

makeEnumerable(EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']);
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  writable: false, enumerable: false, configurable: true, value: 'EventTarget',
});

export class NodeEventTarget extends EventTarget {
  static [kIsNodeEventTarget] = true;
  static defaultMaxListeners = 10;

  constructor() {
    super();
    initNodeEventTarget(this);
  }

  setMaxListeners(n: number): void {
    checkNodeTarget(this);
    EventEmitter.setMaxListeners(n, this);
  }

  getMaxListeners(): number {
    checkNodeTarget(this);
    return (this as any)[kMaxEventTargetListeners];
  }

  eventNames(): string[] {
    checkNodeTarget(this);
    return Array.from(this[kEvents].keys());
  }

  listenerCount(type: string): number {
    checkNodeTarget(this);
    const root = this[kEvents].get(String(type));
    return root !== undefined ? root.size : 0;
  }

  off(type: string, listener: EventListenerLike, options?: unknown): this {
    checkNodeTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type: string, listener: EventListenerLike, options?: unknown): this {
    checkNodeTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type: string, listener: EventListenerLike): this {
    checkNodeTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type: string, listener: EventListenerLike): this {
    checkNodeTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type: string, arg?: unknown): boolean {
    checkNodeTarget(this);
    validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type, undefined);
    return hadListeners;
  }

  once(type: string, listener: EventListenerLike): this {
    checkNodeTarget(this);
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type?: string): this {
    checkNodeTarget(this);
    if (type !== undefined) this[kEvents].delete(String(type));
    else this[kEvents].clear();
    return this;
  }
}

makeEnumerable(NodeEventTarget.prototype, [
  'setMaxListeners', 'getMaxListeners', 'eventNames', 'listenerCount', 'off', 'removeListener', 'on',
  'addListener', 'once', 'emit', 'removeAllListeners',
]);

/** Defines the `on<name>` attribute handler (e.g. `onmessage`) on `emitter`. */
export function defineEventHandler(emitter: object, name: string, event = name): void {
  const propName = `on${name}`;
  function checkHandlers(self: any): void {
    if (typeof self !== 'object' || self === null || !Object.prototype.hasOwnProperty.call(self, kHandlers)) {
      throw nodeError('ERR_INVALID_ARG_TYPE', 'this', 'EventTarget', self);
    }
  }
  function get(this: any) {
    checkHandlers(this);
    return this[kHandlers]?.get(event)?.handler ?? null;
  }
  function set(this: any, value: unknown) {
    checkHandlers(this);
    let wrapper = this[kHandlers]?.get(event);
    if (wrapper) {
      // The slot keeps its place in the listener order; only its function changes.
      if (typeof wrapper.handler === 'function') {
        const root = this[kEvents].get(event);
        root.size--;
        this[kRemoveListener](root.size, event, wrapper.handler, false);
      }
      wrapper.handler = value;
      if (typeof wrapper.handler === 'function') {
        const root = this[kEvents].get(event);
        root.size++;
        this[kNewListener](root.size, event, value, false, false, false, false);
      }
    } else {
      wrapper = makeEventHandler(value);
      this.addEventListener(event, wrapper);
    }
    this[kHandlers].set(event, wrapper);
  }
  Object.defineProperty(get, 'name', { value: `get ${propName}` });
  Object.defineProperty(set, 'name', { value: `set ${propName}` });
  Object.defineProperty(emitter, propName, { get, set, configurable: true, enumerable: true });
}

function makeEventHandler(handler: unknown) {
  function eventHandler(this: unknown, ...args: unknown[]): unknown {
    if (typeof eventHandler.handler !== 'function') return undefined;
    return Reflect.apply(eventHandler.handler, this, args);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

/** Node's EventEmitterMixin: a subclass of `Superclass` that is also an EventEmitter. */
export function EventEmitterMixin<T extends new (...args: any[]) => object>(Superclass: T): T {
  class MixedEventEmitter extends Superclass {
    constructor(...args: any[]) {
      super(...args);
      (EventEmitter as any).call(this);
    }
  }
  const descriptors: Record<PropertyKey, PropertyDescriptor | undefined> = Object.getOwnPropertyDescriptors(EventEmitter.prototype);
  Reflect.deleteProperty(descriptors, 'constructor');
  for (const key of Reflect.ownKeys(descriptors)) Object.setPrototypeOf(descriptors[key as string], null);
  Object.defineProperties(MixedEventEmitter.prototype, descriptors as PropertyDescriptorMap);
  return MixedEventEmitter;
}
