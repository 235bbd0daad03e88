// Each scenario runs once against nodeling's events module and once against the host's
// `node:events`; the logs (listener order, return values, errors, warnings) must be equal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as hostEvents from 'node:events';
import * as ours from './events.js';
import { setWarningSink } from './internal/process/warning.js';
import {
  EventTarget as OurEventTarget,
  Event as OurEvent,
  CustomEvent as OurCustomEvent,
} from './internal/event_target.js';

type Log = unknown[];
interface Api {
  EventEmitter: any;
  once: any;
  on: any;
  getEventListeners: any;
  getMaxListeners: any;
  setMaxListeners: any;
  addAbortListener: any;
  errorMonitor: symbol;
  captureRejectionSymbol: symbol;
  EventTarget: any;
  Event: any;
  CustomEvent: any;
  /** Runs fn and returns the warnings emitted during it. */
  warnings(fn: () => void): Error[];
}

const ourApi: Api = {
  EventEmitter: ours.default,
  once: ours.once,
  on: ours.on,
  getEventListeners: ours.getEventListeners,
  getMaxListeners: ours.getMaxListeners,
  setMaxListeners: ours.setMaxListeners,
  addAbortListener: ours.addAbortListener,
  errorMonitor: ours.errorMonitor,
  captureRejectionSymbol: ours.captureRejectionSymbol,
  EventTarget: OurEventTarget,
  Event: OurEvent,
  CustomEvent: OurCustomEvent,
  warnings(fn) {
    const seen: Error[] = [];
    setWarningSink((w) => seen.push(w as Error));
    try {
      fn();
    } finally {
      setWarningSink(() => {});
    }
    return seen;
  },
};

const hostApi: Api = {
  EventEmitter: (hostEvents as any).default,
  once: hostEvents.once,
  on: hostEvents.on,
  getEventListeners: hostEvents.getEventListeners,
  getMaxListeners: (hostEvents as any).getMaxListeners,
  setMaxListeners: hostEvents.setMaxListeners,
  addAbortListener: (hostEvents as any).addAbortListener,
  errorMonitor: hostEvents.errorMonitor,
  captureRejectionSymbol: hostEvents.captureRejectionSymbol,
  EventTarget: globalThis.EventTarget,
  Event: globalThis.Event,
  CustomEvent: (globalThis as any).CustomEvent,
  warnings(fn) {
    const seen: Error[] = [];
    const original = process.emitWarning;
    process.emitWarning = ((w: Error) => seen.push(w)) as typeof process.emitWarning;
    try {
      fn();
    } finally {
      process.emitWarning = original;
    }
    return seen;
  },
};

function describeError(err: any): unknown {
  if (!(err instanceof Error)) return { thrown: err };
  return { name: err.name, code: (err as any).code, message: err.message };
}

function tryLog(log: Log, fn: () => unknown): void {
  try {
    log.push(['ok', fn()]);
  } catch (err) {
    log.push(['threw', describeError(err)]);
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

function scenario(name: string, fn: (api: Api, log: Log) => void | Promise<void>): void {
  test(`[events] ${name}`, async () => {
    const hostLog: Log = [];
    await fn(hostApi, hostLog);
    const ourLog: Log = [];
    await fn(ourApi, ourLog);
    assert.deepStrictEqual(ourLog, hostLog);
  });
}

scenario('on/emit: order, arguments, this and return value', ({ EventEmitter }, log) => {
  const e = new EventEmitter();
  log.push(e.emit('x', 1));
  e.on('x', function (this: unknown, ...args: unknown[]) { log.push(['a', this === e, args]); });
  e.addListener('x', (...args: unknown[]) => log.push(['b', args]));
  e.prependListener('x', () => log.push('c'));
  log.push(e.emit('x', 1, 2, 3));
  log.push(e.emit('x'));
  log.push(e.on('y', () => {}) === e, e.prependListener('y', () => {}) === e, e.once('y', () => {}) === e);
  log.push(e.prependOnceListener('y', () => {}) === e, e.off('y', () => {}) === e, e.removeAllListeners('zz') === e);
});

scenario('listeners added or removed during emit do not affect that emit', ({ EventEmitter }, log) => {
  const e = new EventEmitter();
  const b = () => log.push('b');
  e.on('x', () => {
    log.push('a');
    e.removeListener('x', b);
    e.on('x', () => log.push('late'));
  });
  e.on('x', b);
  e.emit('x');
  e.emit('x');
});

scenario('once and prependOnceListener fire once, rawListeners shows wrappers', ({ EventEmitter }, log) => {
  const e = new EventEmitter();
  function named(this: unknown, v: unknown) { log.push(['once', v, this === e]); }
  e.on('x', () => log.push('on'));
  e.once('x', named);
  e.prependOnceListener('x', () => log.push('pre-once'));
  const raw = e.rawListeners('x');
  log.push(raw.map((f: any) => [f.name, f.length, typeof f.listener, Reflect.ownKeys(f)]));
  log.push(e.listeners('x').map((f: Function) => f.name));
  log.push(e.listeners('x')[2] === named, raw[2].listener === named);
  e.emit('x', 1);
  e.emit('x', 2);
  log.push(e.listenerCount('x'));
  // Calling a raw once-wrapper removes it and runs the listener exactly once.
  e.once('y', named);
  const wrapper = e.rawListeners('y')[0];
  wrapper(5);
  wrapper(6);
  log.push(e.listenerCount('y'));
});

scenario('once listener removed before it fires', ({ EventEmitter }, log) => {
  const e = new EventEmitter();
  const f = () => log.push('f');
  e.once('x', f);
  e.removeListener('x', f);
  log.push(e.emit('x'), e.eventNames());
});

scenario('newListener: emitted before adding, with the unwrapped listener', ({ EventEmitter }, log) => {
  const e = new EventEmitter();
  function target() { log.push('target'); }
  e.on('newListener', (name: unknown, listener: Function) => {
    log.push(['newListener', name, listener.name, e.listenerCount(name as string)]);
    if (name === 'x' && listener === target) e.on('x', () => log.push('added-in-newListener'));
  });
  e.on('x', target);
  e.once('y', target);
  e.prependOnceListener('y', function other() {});
  e.emit('x');
  log.push(e.listeners('newListener').length);
});

scenario('newListener listener that clears _events', ({ EventEmitter }, log) => {
  const e = new EventEmitter();
  e.on('newListener', function self() { e.removeAllListeners(); });
  e.on('x', () => log.push('x'));
  log.push(e.eventNames(), e.emit('x'));
});

scenario('removeListener event: arguments and the last-listener rule', ({ EventEmitter }, log) => {
  const e = new EventEmitter();
  const a = () => {};
  const b = () => {};
  function onceFn() {}
  e.on('removeListener', (name: unknown, fn: Function) => log.push(['removed', name, fn.name]));
  e.on('x', a);
  e.on('x', b);
  e.once('y', onceFn);
  e.removeListener('x', a);
  e.removeListener('x', a);
  e.removeListener('x', b);
  e.emit('y');
  e.once('z', onceFn);
  e.removeListener('z', onceFn);
  log.push(e.eventNames());
  // Removing the last listener of all (the removeListener one itself) emits nothing.
  e.removeAllListeners('removeListener');
  log.push(e.eventNames(), e._eventsCount);
});

scenario('removeListener removes the most recently added duplicate', ({ EventEmitter }, log) => {
  const e = new EventEmitter();
  const f = () => log.push('f');
  const g = () => log.push('g');
  e.on('x', f);
  e.on('x', g);
  e.on('x', f);
  e.removeListener('x', f);
  e.emit('x');
  log.push(e.listeners('x').map((fn: Function) => fn === f));
  e.removeListener('x', f);
  log.push(typeof e._events.x, e._events.x === g);
});

scenario('removeAllListeners emits removeListener in LIFO order', ({ EventEmitter }, log) => {
  const e = new EventEmitter();
  const mk = (n: string) => { const f = () => {}; Object.defineProperty(f, 'name', { value: n }); return f; };
  const sym = Symbol('s');
  e.on('a', mk('a1'));
  e.on('a', mk('a2'));
  e.on(sym, mk('s1'));
  e.on('b', mk('b1'));
  e.on('removeListener', function rl(name: unknown, fn: Function) { log.push([String(name), fn.name]); });
  e.removeAllListeners('a');
  log.push(e.eventNames().map(String));
  e.removeAllListeners();
  log.push(e.eventNames(), e._eventsCount, Object.getPrototypeOf(e._events));
  e.on('c', () => {});
  e.removeAllListeners('c');
  e.removeAllListeners('never');
  log.push(e._eventsCount);
});

scenario('error event: Error thrown as is, errorMonitor sees it first', ({ EventEmitter, errorMonitor }, log) => {
  const e = new EventEmitter();
  const err = new Error('boom');
  e.on(errorMonitor, (x: unknown) => log.push(['monitor', x === err]));
  try {
    e.emit('error', err);
  } catch (thrown) {
    log.push(['thrown', thrown === err]);
  }
  e.on('error', (x: unknown) => log.push(['handled', x === err]));
  log.push(e.emit('error', err));
  log.push(e.eventNames().map(String));
});

scenario('error event without listener: ERR_UNHANDLED_ERROR for non-errors', ({ EventEmitter }, log) => {
  const values: unknown[] = [undefined, null, 'str', 42, { a: 1 }, [1, 2], Symbol('q'), { message: 'like' }];
  for (const v of values) {
    const e = new EventEmitter();
    try {
      if (v === undefined) e.emit('error');
      else e.emit('error', v, 'extra');
    } catch (err: any) {
      log.push([err.name, err.code, err.message, err.context === v, Object.keys(err)]);
    }
  }
  class MyError extends Error {}
  const mine = new MyError('sub');
  try { new EventEmitter().emit('error', mine); } catch (err) { log.push(err === mine); }
});

scenario('unhandled Error gets the emit-site stack enhancer', ({ EventEmitter }, log) => {
  class Custom extends EventEmitter {}
  const err = new Error('site');
  try { new Custom().emit('error', err); } catch { /* expected */ }
  const sym = Object.getOwnPropertySymbols(err).find((s) => s.description === 'kEnhanceStackBeforeInspector')!;
  const text: string = (err as any)[sym]();
  log.push(typeof (err as any)[sym], text.startsWith(`${err.stack}\nEmitted 'error' event on Custom instance at:\n`));
});

scenario('listenerCount with and without listener, static listenerCount', ({ EventEmitter }, log) => {
  const e = new EventEmitter();
  const f = () => {};
  const g = () => {};
  log.push(e.listenerCount('x'), e.listenerCount('x', f));
  e.on('x', f);
  log.push(e.listenerCount('x'), e.listenerCount('x', f), e.listenerCount('x', g), e.listenerCount('x', null));
  e.once('x', f);
  e.on('x', g);
  log.push(e.listenerCount('x'), e.listenerCount('x', f), e.listenerCount('x', g));
  log.push(EventEmitter.listenerCount(e, 'x'));
  log.push(EventEmitter.listenerCount({ _events: { y: [f, g] } }, 'y'));
  log.push(new EventEmitter().listenerCount('nothing'));
});

scenario('eventNames keeps insertion order with symbols', ({ EventEmitter }, log) => {
  const e = new EventEmitter();
  const s = Symbol('sym');
  e.on('b', () => {});
  e.on(s, () => {});
  e.on('a', () => {});
  e.on('1', () => {});
  log.push(e.eventNames().map(String));
  log.push(new EventEmitter().eventNames());
});

scenario('argument validation errors', ({ EventEmitter }, log) => {
  const e = new EventEmitter();
  for (const bad of [undefined, null, 1, 'str', {}, Symbol('x')]) {
    tryLog(log, () => e.on('x', bad));
    tryLog(log, () => e.once('x', bad));
    tryLog(log, () => e.prependListener('x', bad));
    tryLog(log, () => e.prependOnceListener('x', bad));
    tryLog(log, () => e.removeListener('x', bad));
  }
  for (const n of [-1, NaN, '1', null, undefined, 1.5, Infinity, 0]) {
    tryLog(log, () => { e.setMaxListeners(n); return e.getMaxListeners(); });
    tryLog(log, () => { EventEmitter.setMaxListeners(n, e); return e.getMaxListeners(); });
  }
  tryLog(log, () => EventEmitter.setMaxListeners(3, {}));
  tryLog(log, () => EventEmitter.setMaxListeners(3, null));
  tryLog(log, () => new EventEmitter({ captureRejections: 1 }));
  tryLog(log, () => new EventEmitter({ captureRejections: 0 })._maxListeners);
  tryLog(log, () => { EventEmitter.captureRejections = 'yes'; });
  tryLog(log, () => EventEmitter.getMaxListeners(new EventEmitter()));
});

scenario('defaultMaxListeners: validated setter and static setMaxListeners', ({ EventEmitter }, log) => {
  const saved = EventEmitter.defaultMaxListeners;
  try {
    for (const v of [-1, NaN, '5', null]) tryLog(log, () => { EventEmitter.defaultMaxListeners = v; });
    EventEmitter.defaultMaxListeners = 3;
    const e = new EventEmitter();
    log.push(e.getMaxListeners(), EventEmitter.defaultMaxListeners);
    EventEmitter.setMaxListeners(7);
    log.push(e.getMaxListeners(), EventEmitter.defaultMaxListeners);
    EventEmitter.setMaxListeners();
    log.push(EventEmitter.defaultMaxListeners);
  } finally {
    EventEmitter.defaultMaxListeners = saved;
  }
});

function describeWarnings(ws: Error[], emitter: unknown): unknown[] {
  return ws.map((w: any) => [w.name, w.message, w.emitter === emitter, String(w.type), w.count,
    Reflect.ownKeys(w), w instanceof Error, w.stack.split('\n')[0]]);
}

scenario('max listeners warning: text, properties, warned once', ({ EventEmitter, warnings }, log) => {
  const e = new EventEmitter();
  const ws = warnings(() => {
    for (let i = 0; i < 12; i++) e.on('foo', () => {});
  });
  log.push(describeWarnings(ws, e), e._events.foo.warned, Object.keys(e._events.foo).length);
  class Foo extends EventEmitter {}
  const f = new Foo();
  f.setMaxListeners(2);
  const sym = Symbol('sym');
  const ws2 = warnings(() => {
    for (let i = 0; i < 3; i++) f.on(sym, () => {});
    for (let i = 0; i < 3; i++) f.prependListener('p', () => {});
  });
  log.push(describeWarnings(ws2, f));
  const z = new EventEmitter();
  z.setMaxListeners(0);
  log.push(warnings(() => { for (let i = 0; i < 20; i++) z.on('x', () => {}); }).length);
});

scenario('max listeners warning names the emitter like util.inspect depth -1', ({ EventEmitter, warnings }, log) => {
  class Tagged extends EventEmitter {
    get [Symbol.toStringTag]() { return 'Tag'; }
  }
  const Anon = class extends EventEmitter {};
  function Old(this: any) { EventEmitter.call(this); }
  Object.setPrototypeOf(Old.prototype, EventEmitter.prototype);
  const nullProto = Object.create(null);
  EventEmitter.call(nullProto);
  const plain = {};
  EventEmitter.call(plain);
  for (const target of [new Tagged(), new Anon(), new (Old as any)(), nullProto, plain]) {
    const ws = warnings(() => {
      for (let i = 0; i < 11; i++) EventEmitter.prototype.on.call(target, 'x', () => {});
    });
    log.push(ws.map((w) => w.message));
  }
});

scenario('old-style inheritance with EventEmitter.call', ({ EventEmitter }, log) => {
  function Stream(this: any) { EventEmitter.call(this); }
  Object.setPrototypeOf(Stream.prototype, EventEmitter.prototype);
  const s = new (Stream as any)();
  s.on('data', (d: unknown) => log.push(d));
  s.emit('data', 'chunk');
  log.push(Reflect.ownKeys(s).map(String), s instanceof EventEmitter);
  const bare = Object.create(EventEmitter.prototype);
  log.push(bare.emit('x'), bare.listenerCount('x'), bare.eventNames(), bare.listeners('x'));
  bare.on('x', () => log.push('bare-x'));
  bare.emit('x');
  log.push(Reflect.ownKeys(bare).map(String));
  tryLog(log, () => bare.emit('error', 'no listener'));
});

scenario('instance own properties and prototype shape', ({ EventEmitter }, log) => {
  const e = new EventEmitter();
  log.push(Reflect.ownKeys(e).map(String), Object.getPrototypeOf(e._events), e._eventsCount, e._maxListeners);
  const d = (o: object) => Reflect.ownKeys(o).map((k) => {
    const x = Object.getOwnPropertyDescriptor(o, k)!;
    const v = typeof x.value === 'function' ? `fn:${x.value.name}/${x.value.length}` : 'value' in x ? typeof x.value : 'accessor';
    return [String(k), v, x.enumerable, x.writable, x.configurable];
  });
  log.push(d(EventEmitter).filter(([k]) => k !== 'EventEmitterAsyncResource'), d(EventEmitter.prototype));
  log.push(EventEmitter.EventEmitter === EventEmitter, EventEmitter.usingDomains, EventEmitter.name, EventEmitter.length);
  log.push(String(EventEmitter.captureRejectionSymbol), String(EventEmitter.errorMonitor));
  log.push(EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'));
  log.push(String(EventEmitter.kMaxEventTargetListeners), String(EventEmitter.kMaxEventTargetListenersWarned));
  log.push(EventEmitter.prototype.on === EventEmitter.prototype.addListener,
    EventEmitter.prototype.off === EventEmitter.prototype.removeListener);
  e.setMaxListeners(4);
  log.push(Reflect.ownKeys(e).map(String), e._maxListeners);
});

scenario('shape mode: a prototype-provided _events keeps undefined slots', ({ EventEmitter }, log) => {
  function Preset(this: any) {
    this._events = { __proto__: null, ready: undefined };
    EventEmitter.call(this);
  }
  Object.setPrototypeOf(Preset.prototype, EventEmitter.prototype);
  const p = new (Preset as any)();
  const f = () => {};
  p.on('x', f);
  p.on('y', f);
  p.removeListener('x', f);
  log.push(Reflect.ownKeys(p._events), 'x' in p._events, p._eventsCount, p.emit('x'));
  p.removeAllListeners('y');
  log.push(Reflect.ownKeys(p._events));
});

scenario('captureRejections: rejected listener promise becomes an error event', async ({ EventEmitter, captureRejectionSymbol }, log) => {
  const e = new EventEmitter({ captureRejections: true });
  const boom = new Error('async boom');
  e.on('x', async () => { throw boom; });
  e.on('error', (err: unknown) => log.push(['error', err === boom]));
  log.push(e.emit('x', 1));
  await tick();
  const r = new EventEmitter({ captureRejections: true });
  r[captureRejectionSymbol] = (err: unknown, type: unknown, ...args: unknown[]) => log.push(['rejection', err === boom, type, args]);
  r.on('y', () => Promise.reject(boom));
  r.emit('y', 1, 2);
  await tick();
  const off = new EventEmitter();
  off.on('z', async () => 1);
  log.push(off.emit('z'));
  // A thenable whose `then` getter throws is reported synchronously as 'error'.
  const g = new EventEmitter({ captureRejections: true });
  g.on('error', (err: Error) => log.push(['getter', err.message]));
  g.on('w', () => ({ get then() { throw new Error('then getter'); } }));
  g.emit('w');
  log.push(Reflect.ownKeys(e).map(String));
});

scenario('captureRejections static toggles the default', async ({ EventEmitter }, log) => {
  log.push(EventEmitter.captureRejections);
  EventEmitter.captureRejections = true;
  try {
    const e = new EventEmitter();
    e.on('error', (err: Error) => log.push(['error', err.message]));
    e.on('x', async () => { throw new Error('static'); });
    e.emit('x');
    await tick();
    log.push(EventEmitter.captureRejections);
  } finally {
    EventEmitter.captureRejections = false;
  }
});

scenario('events.once resolves with arguments and rejects on error', async ({ EventEmitter, once }, log) => {
  const e = new EventEmitter();
  const p = once(e, 'x');
  log.push(e.listenerCount('x'), e.listenerCount('error'));
  e.emit('x', 1, 2);
  log.push(await p, e.listenerCount('x'), e.listenerCount('error'));
  const q = once(e, 'y');
  e.emit('error', new Error('fail'));
  try { await q; } catch (err) { log.push(describeError(err)); }
  log.push(e.listenerCount('y'), e.listenerCount('error'));
  const r = once(e, 'error');
  e.emit('error', new Error('wanted'));
  log.push(((await r)[0] as Error).message);
});

scenario('events.once with AbortSignal', async ({ EventEmitter, once }, log) => {
  const e = new EventEmitter();
  const ac = new AbortController();
  const p = once(e, 'x', { signal: ac.signal });
  ac.abort('why');
  try { await p; } catch (err: any) { log.push(describeError(err), err.cause); }
  log.push(e.listenerCount('x'), e.listenerCount('error'));
  try { await once(e, 'x', { signal: AbortSignal.abort('pre') }); } catch (err: any) { log.push(describeError(err), err.cause); }
  for (const bad of [1, {}, 'x', null]) {
    try { await once(e, 'x', { signal: bad }); } catch (err) { log.push(describeError(err)); }
  }
  const ok = new AbortController();
  const q = once(e, 'x', { signal: ok.signal });
  e.emit('x', 'v');
  log.push(await q);
});

scenario('events.once on an EventTarget', async ({ EventTarget, Event, once }, log) => {
  const et = new EventTarget();
  const p = once(et, 'ping');
  const ev = new Event('ping');
  et.dispatchEvent(ev);
  const [got] = await p;
  log.push(got === ev);
  et.dispatchEvent(new Event('ping'));
});

scenario('events.on iterates, close option, return()', async ({ EventEmitter, on }, log) => {
  const e = new EventEmitter();
  const it = on(e, 'data', { close: ['end'] });
  log.push(e.listenerCount('data'), e.listenerCount('error'), e.listenerCount('end'));
  e.emit('data', 1);
  e.emit('data', 2, 3);
  const pending = it.next();
  e.emit('end');
  log.push(await it.next(), await it.next(), await pending, await it.next());
  log.push(e.listenerCount('data'), e.listenerCount('error'), e.listenerCount('end'));
  const it2 = on(e, 'd');
  queueMicrotask(() => { e.emit('d', 'a'); e.emit('d', 'b'); });
  const seen: unknown[] = [];
  for await (const v of it2) {
    seen.push(v);
    if (seen.length === 2) break;
  }
  log.push(seen, e.listenerCount('d'));
  log.push(typeof it2[Symbol.asyncIterator], it2[Symbol.asyncIterator]() === it2);
  log.push(Object.getPrototypeOf(it2) === Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype));
});

scenario('events.on errors: error event, throw(), abort, bad options', async ({ EventEmitter, on }, log) => {
  const e = new EventEmitter();
  const it = on(e, 'x');
  e.emit('x', 1);
  e.emit('error', new Error('bad'));
  log.push(await it.next());
  try { await it.next(); } catch (err) { log.push(describeError(err)); }
  log.push(await it.next());
  const it2 = on(e, 'x');
  tryLog(log, () => it2.throw('not error'));
  tryLog(log, () => it2.throw());
  const waiting = it2.next();
  tryLog(log, () => it2.throw(new Error('thrown in')));
  try { await waiting; } catch (err) { log.push(describeError(err)); }
  const ac = new AbortController();
  const it3 = on(e, 'x', { signal: ac.signal });
  const w3 = it3.next();
  ac.abort();
  try { await w3; } catch (err: any) { log.push(describeError(err), err.cause?.name); }
  tryLog(log, () => on(e, 'x', { signal: AbortSignal.abort() }));
  for (const opts of [{ highWaterMark: 0 }, { highWaterMark: 1.5 }, { lowWaterMark: 'x' }, { signal: 5 }]) {
    tryLog(log, () => on(e, 'x', opts));
  }
  tryLog(log, () => on(e, 'x', null));
  log.push(e.listenerCount('x'), e.listenerCount('error'));
});

scenario('events.on highWaterMark pauses and resumes the emitter', async ({ EventEmitter, on }, log) => {
  const e = new EventEmitter();
  e.pause = () => log.push('pause');
  e.resume = () => log.push('resume');
  const it = on(e, 'x', { highWaterMark: 2, lowWaterMark: 1 });
  const wm = it[Symbol.for('nodejs.watermarkData')];
  for (let i = 0; i < 4; i++) e.emit('x', i);
  log.push([wm.size, wm.low, wm.high, wm.isPaused]);
  for (let i = 0; i < 4; i++) log.push(await it.next());
  log.push([wm.size, wm.isPaused]);
  await it.return();
});

scenario('events.on over an EventTarget', async ({ EventTarget, Event, on }, log) => {
  const et = new EventTarget();
  const it = on(et, 'foo');
  const ev = new Event('foo');
  et.dispatchEvent(ev);
  const r = await it.next();
  log.push(r.value[0] === ev, r.done);
  await it.return();
});

scenario('getEventListeners and getMaxListeners for emitters and EventTargets', ({ EventEmitter, EventTarget, getEventListeners, getMaxListeners, setMaxListeners }, log) => {
  const e = new EventEmitter();
  const f = () => {};
  e.once('x', f);
  log.push(getEventListeners(e, 'x')[0] === f, getMaxListeners(e));
  const et = new EventTarget();
  const handler = { handleEvent() {} };
  et.addEventListener('y', f);
  et.addEventListener('y', handler);
  const got = getEventListeners(et, 'y');
  log.push(got.length, got[0] === f, got[1] === handler, getEventListeners(et, 'none'), getMaxListeners(et));
  setMaxListeners(3, et, e);
  log.push(getMaxListeners(et), getMaxListeners(e));
  setMaxListeners(0, et);
  tryLog(log, () => getMaxListeners(et));
  tryLog(log, () => getMaxListeners({}));
  tryLog(log, () => getMaxListeners(undefined));
  tryLog(log, () => getEventListeners({}, 'x'));
  tryLog(log, () => getEventListeners(5, 'x'));
  const ac = new AbortController();
  log.push(getMaxListeners(ac.signal));
});

scenario('addAbortListener: disposable, already aborted runs in a microtask', async ({ addAbortListener }, log) => {
  const ac = new AbortController();
  const disposable = addAbortListener(ac.signal, () => log.push('aborted'));
  log.push(Object.getPrototypeOf(disposable), typeof disposable[(Symbol as any).dispose]);
  ac.abort();
  const ac2 = new AbortController();
  const d2 = addAbortListener(ac2.signal, () => log.push('never'));
  d2[(Symbol as any).dispose]();
  ac2.abort();
  addAbortListener(AbortSignal.abort(), (...args: unknown[]) => log.push(['late', args.length]));
  log.push('sync-end');
  await tick();
  tryLog(log, () => addAbortListener(undefined, () => {}));
  tryLog(log, () => addAbortListener({}, () => {}));
  tryLog(log, () => addAbortListener(new AbortController().signal, 'x'));
});

test('[events] EventEmitterAsyncResource is reported as not implemented', () => {
  const Cls = ours.default.EventEmitterAsyncResource as new () => unknown;
  assert.equal(Object.getPrototypeOf(Cls), ours.default);
  assert.throws(() => new Cls(), { code: 'ERR_NOT_IMPLEMENTED', message: 'events.EventEmitterAsyncResource is not implemented in nodeling yet' });
});

test('[events] named exports match the host module', () => {
  const hostNames = Object.keys(hostEvents).filter((k) => k !== 'default').sort();
  const ourNames = new Set(Object.keys(ours));
  const missing = hostNames.filter((k) => !ourNames.has(k) && !['captureRejections', 'defaultMaxListeners', 'init'].includes(k));
  assert.deepEqual(missing, []);
  assert.deepEqual(Object.keys(ours.default).sort(), Object.keys((hostEvents as any).default).sort());
});
