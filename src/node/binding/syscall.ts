// node layer: the process side of the ABI — the only code that makes syscalls. Blocking calls
// go through the shared channel; asynchronous ones are messages answered by request id.
import {
  ASLEEP, BELL_ASLEEP, BELL_COUNT, DATA_OFFSET, DATA_SIZE, Decoder, Encoder, ERRNO, HEADER_WORDS, IDLE, LENGTH, REPLY, REQUEST, STATE, SYSNO,
  type Value,
} from '../../abi/channel.js';
import type { KernelEvent } from '../../abi/syscalls.js';
import { host } from './host.js';

/**
 * How long a blocking call polls for its reply before sleeping: long enough for the kernel to serve
 * a call it is already awake for. Counted in time, not polls, because optimized code polls
 * several times faster than the interpreter: a budget in polls ran out before quick replies in
 * hot loops and sent the thread to sleep (a wake-up costs tens of microseconds).
 */
const SPIN_MS = 0.05;
/**
 * A call that moves data gets a longer spin, in proportion: the kernel copies it at roughly a byte
 * a nanosecond or two (slower into memory it has not touched yet), and sleeping through most of
 * that copy only to be woken costs more than the spin.
 */
const SPIN_MS_PER_BYTE = 2e-6;
const MAX_SPIN_MS = 2;
/** Polls between two readings of the clock. */
const POLLS_PER_CLOCK = 64;
/** Sleeps are bounded so a lost wake-up costs a little time, never a hang. */
const WAIT_MS = 50;

let state: Int32Array;
let doorbell: Int32Array;
let encoder: Encoder;
let decoder: Decoder;
let now: () => number;

/** The errno of the last blocking call, 0 when it succeeded. */
export let lastErrno = 0;

export function initChannel(channel: SharedArrayBuffer, bell: SharedArrayBuffer): void {
  state = new Int32Array(channel, 0, HEADER_WORDS);
  doorbell = new Int32Array(bell);
  const data = new Uint8Array(channel, DATA_OFFSET, DATA_SIZE);
  encoder = new Encoder(data);
  decoder = new Decoder(data);
  now = host().now;
}

/**
 * A blocking syscall: returns its result, or undefined with `lastErrno` set. `replyBytes` is the
 * size of the data the reply may carry (a read's length), which lengthens the spin as the request's
 * own size does.
 */
export function sysSync(sys: number, args: Value[], replyBytes = 0): Value {
  roundTrip(sys, args, replyBytes);
  let result: Value;
  if (lastErrno === 0) {
    decoder.reset(0);
    result = decoder.value();
  }
  Atomics.store(state, STATE, IDLE);
  return result;
}

/**
 * Like `sysSync`, but the reply's bytes reach `use` as views of the channel itself, valid only
 * until it returns: for a caller that copies them where they belong anyway. Undefined, with
 * `lastErrno` set, when the call failed.
 */
export function sysSyncBorrowing<T>(sys: number, args: Value[], replyBytes: number, use: (value: Value) => T): T | undefined {
  roundTrip(sys, args, replyBytes);
  if (lastErrno !== 0) {
    Atomics.store(state, STATE, IDLE);
    return undefined;
  }
  decoder.reset(0);
  decoder.borrow = true;
  try {
    return use(decoder.value());
  } finally {
    decoder.borrow = false;
    Atomics.store(state, STATE, IDLE);
  }
}

/** Writes the request, wakes the kernel if it sleeps, and waits for the reply; sets `lastErrno`. */
function roundTrip(sys: number, args: Value[], replyBytes: number): void {
  encoder.reset();
  encoder.value(args);
  state[SYSNO] = sys;
  state[LENGTH] = encoder.pos;
  Atomics.store(state, STATE, REQUEST);
  // A spinning kernel finds the request by itself; the doorbell's line is written only when the
  // kernel says it sleeps (or is about to), so a busy call never takes that line from its core.
  if (Atomics.load(doorbell, BELL_ASLEEP) === 1) {
    Atomics.add(doorbell, BELL_COUNT, 1);
    Atomics.notify(doorbell, BELL_COUNT);
  }
  let polls = 0;
  let deadline = -1;
  while (Atomics.load(state, STATE) !== REPLY) {
    if (++polls % POLLS_PER_CLOCK !== 0) continue;
    if (deadline < 0) deadline = now() + Math.min(MAX_SPIN_MS, SPIN_MS + (encoder.pos + replyBytes) * SPIN_MS_PER_BYTE);
    else if (deadline === 0 || now() >= deadline) {
      deadline = 0;
      // Announce the sleep first: the kernel notifies only a thread that says it sleeps.
      Atomics.store(state, ASLEEP, 1);
      Atomics.wait(state, STATE, REQUEST, WAIT_MS);
      Atomics.store(state, ASLEEP, 0);
    }
  }
  lastErrno = state[ERRNO];
}

type Callback = (errno: number, value: Value) => void;
const pending = new Map<number, Callback>();
let nextId = 1;

/** An asynchronous syscall: `callback(errno, value)` runs when the kernel answers. */
export function sysAsync(sys: number, args: Value[], callback: Callback): void {
  const id = nextId++;
  pending.set(id, callback);
  host().post({ type: 'call', id, sys, args });
}

/** Routes a kernel reply to its caller; other events go to `onEvent`. */
export function dispatchKernelEvent(event: KernelEvent, onEvent: (event: KernelEvent) => void): void {
  if (event.type === 'reply') {
    const callback = pending.get(event.id);
    if (!callback) return;
    pending.delete(event.id);
    callback(event.errno, event.value);
  } else onEvent(event);
}
