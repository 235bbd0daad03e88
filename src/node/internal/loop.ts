// node layer: the process's event loop — libuv's phases (timers, I/O completions, immediates,
// close callbacks), the nextTick queue, handle accounting, and the decision to exit.
//
// JavaScript cannot drain the engine's microtask queue on demand, so the loop runs at most one
// callback per host task: the engine drains microtasks between tasks, which gives Node's order
// (callback, its nextTicks, then its promise jobs, then the next callback).
import { host } from '../binding/host.js';

export interface TimerLike {
  _expiry: number;
  _seq: number;
  _heapIndex: number;
  _fire(): void;
}

export interface ImmediateLike {
  _cleared: boolean;
  _refed: boolean;
  _fire(): void;
}

type Phase = 'start' | 'timers' | 'io' | 'check' | 'close' | 'idle';

/** Reports an exception that escaped a callback (the uncaughtException machinery). */
let onUncaught: (error: unknown) => void = (error) => { throw error; };
/** Emits beforeExit when the loop runs out of work. */
let onBeforeExit: () => void = () => {};
/** Ends the process when beforeExit added no work. */
let onExit: () => void = () => {};

export function setLoopHooks(hooks: { uncaught(error: unknown): void; beforeExit(): void; exit(): void }): void {
  onUncaught = hooks.uncaught;
  onBeforeExit = hooks.beforeExit;
  onExit = hooks.exit;
}

// ---- nextTick queue -------------------------------------------------------------------------

interface Tick { callback: Function; args: unknown[] | undefined }
let ticks: Tick[] = [];
let tickHead = 0;

export function queueTick(callback: Function, args: unknown[] | undefined): void {
  ticks.push({ callback, args });
  wake();
}

export function hasPendingTicks(): boolean {
  return tickHead < ticks.length;
}

/** Runs every queued tick, including ticks queued by ticks (Node's processTicksAndRejections). */
export function processTicksAndRejections(): void {
  while (tickHead < ticks.length) {
    const tick = ticks[tickHead++];
    try {
      if (tick.args === undefined) tick.callback();
      else tick.callback(...tick.args);
    } catch (error) {
      onUncaught(error);
    }
  }
  ticks = [];
  tickHead = 0;
}

// ---- timers: a binary heap ordered by expiry, then by creation -----------------------------

const heap: TimerLike[] = [];
let refedTimers = 0;

function before(a: TimerLike, b: TimerLike): boolean {
  return a._expiry < b._expiry || (a._expiry === b._expiry && a._seq < b._seq);
}

function siftUp(i: number): void {
  const item = heap[i];
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(item, heap[parent])) break;
    heap[i] = heap[parent];
    heap[i]._heapIndex = i;
    i = parent;
  }
  heap[i] = item;
  item._heapIndex = i;
}

function siftDown(i: number): void {
  const item = heap[i];
  const n = heap.length;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && before(heap[child + 1], heap[child])) child++;
    if (!before(heap[child], item)) break;
    heap[i] = heap[child];
    heap[i]._heapIndex = i;
    i = child;
  }
  heap[i] = item;
  item._heapIndex = i;
}

export function insertTimer(timer: TimerLike): void {
  heap.push(timer);
  siftUp(heap.length - 1);
  wake();
}

export function removeTimer(timer: TimerLike): void {
  const i = timer._heapIndex;
  if (i < 0 || heap[i] !== timer) return;
  const last = heap.pop()!;
  timer._heapIndex = -1;
  if (i < heap.length) {
    heap[i] = last;
    last._heapIndex = i;
    siftDown(i);
    siftUp(last._heapIndex);
  }
}

export function refTimer(delta: number): void {
  refedTimers += delta;
}

// ---- immediates, I/O completions, close callbacks, handles --------------------------------

let immediates: ImmediateLike[] = [];
let refedImmediates = 0;
let io: Function[] = [];
let closing: Function[] = [];
/** Refed handles other than timers and immediates: pending async calls, open servers, stdin... */
let refedHandles = 0;

export function queueImmediate(immediate: ImmediateLike): void {
  immediates.push(immediate);
  wake();
}

export function refImmediate(delta: number): void {
  refedImmediates += delta;
}

/** Queues the completion callback of an I/O operation for the poll phase. */
export function queueIo(callback: Function): void {
  io.push(callback);
  wake();
}

export function queueClose(callback: Function): void {
  closing.push(callback);
  wake();
}

export function refHandle(delta: number): void {
  refedHandles += delta;
}

export function isAlive(): boolean {
  return refedTimers > 0 || refedImmediates > 0 || refedHandles > 0 || io.length > 0 || closing.length > 0;
}

// ---- the loop --------------------------------------------------------------------------------

/** libuv's cached "now" in whole milliseconds, updated at the start of each iteration. */
let loopNow = 0;
let phase: Phase = 'idle';
let batch: (Function | ImmediateLike)[] = [];
let batchAt = 0;
let scheduled = false;
let sleeping = false;
let sleepTimer: unknown = null;
let started = false;

export function now(): number {
  return loopNow;
}

export function updateNow(): number {
  loopNow = Math.floor(host().now());
  return loopNow;
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  host().postTask(runTask);
}

/** Called whenever work is added: a sleeping loop goes back to work. */
function wake(): void {
  if (!started) return;
  if (sleeping) {
    sleeping = false;
    if (sleepTimer !== null) host().clearTimer(sleepTimer);
    sleepTimer = null;
  }
  schedule();
}

export function startLoop(): void {
  started = true;
  phase = 'start';
  schedule();
}

function runCallback(fn: () => void): void {
  try {
    fn();
  } catch (error) {
    onUncaught(error);
  }
  processTicksAndRejections();
  schedule();
}

function runTask(): void {
  scheduled = false;
  // Ticks queued by promise jobs of the previous task run before anything else.
  if (hasPendingTicks()) {
    processTicksAndRejections();
    schedule();
    return;
  }
  if (checkingAfterBeforeExit) {
    checkingAfterBeforeExit = false;
    if (!isAlive()) {
      onExit();
      return;
    }
  }
  for (;;) {
    switch (phase) {
      case 'start':
        // libuv runs no iteration at all for a loop with nothing referenced in it.
        if (!isAlive()) {
          phase = 'idle';
          continue;
        }
        phase = 'timers';
        continue;
      case 'timers': {
        const top = heap[0];
        if (top !== undefined && top._expiry <= loopNow) {
          removeTimer(top);
          runCallback(() => listOnTimeout(top));
          return;
        }
        phase = 'io';
        batch = io;
        io = [];
        batchAt = 0;
        continue;
      }
      case 'io':
        if (batchAt < batch.length) {
          const callback = batch[batchAt++] as Function;
          runCallback(callback as () => void);
          return;
        }
        phase = 'check';
        batch = immediates;
        immediates = [];
        batchAt = 0;
        continue;
      case 'check':
        while (batchAt < batch.length) {
          const immediate = batch[batchAt++] as ImmediateLike;
          if (immediate._cleared) continue;
          runCallback(() => processImmediate(immediate));
          return;
        }
        phase = 'close';
        batch = closing;
        closing = [];
        batchAt = 0;
        continue;
      case 'close':
        if (batchAt < batch.length) {
          const callback = batch[batchAt++] as Function;
          runCallback(callback as () => void);
          return;
        }
        batch = [];
        phase = 'idle';
        continue;
      case 'idle':
        endOfIteration();
        return;
    }
  }
}

// Named after Node's own functions: stack traces through a timer or an immediate show them.
function listOnTimeout(timer: TimerLike): void {
  timer._fire();
}

function processImmediate(immediate: ImmediateLike): void {
  immediate._fire();
}

function endOfIteration(): void {
  updateNow();
  phase = 'start';
  const top = heap[0];
  const alive = isAlive();
  if (alive && (immediates.length > 0 || io.length > 0 || closing.length > 0 || (top !== undefined && top._expiry <= loopNow))) {
    schedule();
    return;
  }
  if (alive) {
    sleeping = true;
    if (top !== undefined) {
      sleepTimer = host().setTimer(() => {
        sleepTimer = null;
        if (!sleeping) return;
        sleeping = false;
        updateNow();
        schedule();
      }, Math.max(0, top._expiry - host().now()));
    }
    return;
  }
  onBeforeExit();
  processTicksAndRejections();
  // Whatever beforeExit scheduled, directly or from its promise jobs, is seen in the next task.
  checkingAfterBeforeExit = true;
  schedule();
}

let checkingAfterBeforeExit = false;
