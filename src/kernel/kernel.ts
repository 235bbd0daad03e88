// kernel layer: the kernel instance — process table, VFS, syscall dispatch, and the loop that
// serves every thread's blocking channel. It is the only writer of OS state.
import { EINVAL, EIO, ENOSYS, E2BIG } from '../abi/errno.js';
import {
  ASLEEP, BELL_ASLEEP, BELL_COUNT, DATA_OFFSET, DATA_SIZE, DOORBELL_BYTES, Decoder, Encoder, ERRNO, HEADER_WORDS, LENGTH, REPLY, REQUEST,
  STATE, SYSNO, createChannelBuffer, type Value,
} from '../abi/channel.js';
import { SIGNALS, type KernelEvent } from '../abi/syscalls.js';
import { Vfs } from './fs/vfs.js';
import { createStandardTree } from './fs/standard-tree.js';
import { FdTable } from './proc/fd-table.js';
import type { OpenDescription } from './proc/open-description.js';
import { Process, ProcessTable, type Thread } from './proc/process-table.js';
import { cryptoHandlers } from './syscalls/crypto.js';
import { BORROWS_BYTES, fsHandlers } from './syscalls/fs.js';
import { procHandlers } from './syscalls/proc.js';
import { moduleHandlers } from './syscalls/module.js';

export type Handler = (k: Kernel, p: Process, args: Value[]) => Value | Promise<Value>;

const handlers: Record<number, Handler> = { ...fsHandlers, ...procHandlers, ...moduleHandlers, ...cryptoHandlers };

/** How long the kernel keeps polling the channels after serving a call, before it sleeps. */
const SPIN_MS = 0.1;

/** Signals whose default action is to do nothing (the rest terminate the process). */
const IGNORED_BY_DEFAULT = new Set([SIGNALS.SIGCHLD, SIGNALS.SIGURG, SIGNALS.SIGWINCH, SIGNALS.SIGCONT]);

/** What the host provides: a way to start a thread running the runtime for a process. */
export interface ThreadHost {
  start(pid: number, channel: SharedArrayBuffer, doorbell: SharedArrayBuffer,
    onMessage: (message: ThreadMessage) => void): Thread;
}

/** Messages a thread sends to the kernel. */
export type ThreadMessage =
  | { type: 'call'; id: number; sys: number; args: Value[] }
  | { type: 'crash'; error: string };

export interface KernelOptions {
  threads: ThreadHost;
  hostname?: string;
  now?: () => number;
  /** Told when any process ends: exit code, or the signal that killed it. */
  onExit?(pid: number, status: number, signal: number): void;
  /** Told about faults in the kernel itself (a handler that threw). */
  onBug?(error: unknown): void;
  /** The doorbell word's buffer, when the host made it before the kernel (a prestarted thread). */
  doorbell?: SharedArrayBuffer;
}

interface Slot {
  proc: Process;
  state: Int32Array;
  encoder: Encoder;
  decoder: Decoder;
  busy: boolean;
}

export interface SpawnOptions {
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  stdio: OpenDescription[];
  uid?: number;
  gid?: number;
  ppid?: number;
  /** The thread's channel, when the host made it before the process (a prestarted thread). */
  channel?: SharedArrayBuffer;
}

export class Kernel {
  readonly vfs: Vfs;
  readonly procs = new ProcessTable();
  readonly hostname: string;
  /** Where the node program lives: every process's execPath. */
  execPath = '/usr/local/bin/node';
  readonly now: () => number;
  private readonly _options: KernelOptions;
  private readonly _slots: Slot[] = [];
  private readonly _doorbellBuffer: SharedArrayBuffer;
  private readonly _doorbell: Int32Array;
  private _sleeping = false;

  constructor(options: KernelOptions) {
    this._options = options;
    this._doorbellBuffer = options.doorbell ?? new SharedArrayBuffer(DOORBELL_BYTES);
    this._doorbell = new Int32Array(this._doorbellBuffer);
    this.now = options.now ?? (() => Date.now());
    this.hostname = options.hostname ?? 'nodeling';
    this.vfs = new Vfs({ now: this.now });
    createStandardTree(this.vfs);
  }

  /** Creates a process and starts its thread. */
  spawn(options: SpawnOptions): Process {
    const fds = new FdTable();
    for (const d of options.stdio) fds.add(d);
    const proc = this.procs.create(options.ppid ?? 1, {
      argv: options.argv, env: options.env, cwd: options.cwd,
      uid: options.uid ?? 1000, gid: options.gid ?? 1000, fds, now: this.now(),
    });
    const channel = options.channel ?? createChannelBuffer();
    const data = new Uint8Array(channel, DATA_OFFSET, DATA_SIZE);
    const slot: Slot = {
      proc, state: new Int32Array(channel, 0, HEADER_WORDS), encoder: new Encoder(data), decoder: new Decoder(data), busy: false,
    };
    this._slots.push(slot);
    proc.thread = this._options.threads.start(proc.pid, channel, this._doorbellBuffer, (msg) => this._onMessage(proc, msg));
    this._poll();
    return proc;
  }

  exitProcess(p: Process, status: number, signal: number): void {
    if (p.exited) return;
    p.exited = true;
    p.status = status;
    p.signal = signal;
    p.thread?.terminate();
    p.thread = null;
    const at = this._slots.findIndex((s) => s.proc === p);
    if (at >= 0) this._slots.splice(at, 1);
    p.fds.closeAll();
    for (const waiter of p.exitWaiters.splice(0)) waiter();
    const parent = this.procs.get(p.ppid);
    parent?.thread?.post({ type: 'child-exit', pid: p.pid, status, signal } satisfies KernelEvent);
    this._options.onExit?.(p.pid, status, signal);
  }

  signal(p: Process, signal: number): void {
    if (signal === SIGNALS.SIGKILL || signal === SIGNALS.SIGSTOP) {
      this.exitProcess(p, 0, signal);
    } else if (p.caughtSignals.has(signal)) {
      p.thread?.post({ type: 'signal', signal } satisfies KernelEvent);
    } else if (!IGNORED_BY_DEFAULT.has(signal)) {
      this.exitProcess(p, 0, signal);
    }
  }

  private _onMessage(proc: Process, msg: ThreadMessage): void {
    if (msg.type === 'crash') {
      this.exitProcess(proc, 7, 0);
      return;
    }
    if (msg.type !== 'call' || typeof msg.id !== 'number' || !Array.isArray(msg.args)) return;
    const reply = (result: Value): void => {
      if (proc.exited) return;
      const failed = typeof result === 'number' && result < 0;
      // A message carries a view's whole buffer: a short read or the kernel's scratch area sends its bytes only.
      const value = result instanceof Uint8Array && result.byteLength !== result.buffer.byteLength ? result.slice() : result;
      proc.thread?.post({ type: 'reply', id: msg.id, errno: failed ? -result : 0, value: failed ? undefined : value } satisfies KernelEvent);
    };
    const result = this._dispatch(proc, msg.sys, msg.args);
    if (result instanceof Promise) result.then(reply, (err) => reply(this._bug(err)));
    else reply(result);
  }

  private _dispatch(proc: Process, sys: number, args: Value[]): Value | Promise<Value> {
    const handler = handlers[sys];
    if (!handler) return -ENOSYS;
    try {
      return handler(this, proc, args);
    } catch (err) {
      return this._bug(err);
    }
  }

  private _bug(err: unknown): number {
    this._options.onBug?.(err);
    return -EIO;
  }

  /** Serves every pending blocking call, keeps polling briefly, then sleeps on the doorbell. */
  private _poll(): void {
    if (this._sleeping) return;
    let deadline = performance.now() + SPIN_MS;
    let bell = 0;
    let lastScan = false;
    for (;;) {
      if (lastScan) {
        // Read before announcing the sleep: a thread that sees the announcement bumps the bell
        // after this read, so the wait below returns at once or is notified.
        bell = Atomics.load(this._doorbell, BELL_COUNT);
        Atomics.store(this._doorbell, BELL_ASLEEP, 1);
      }
      let served = false;
      for (let i = 0; i < this._slots.length; i++) {
        const slot = this._slots[i];
        if (!slot.busy && Atomics.load(slot.state, STATE) === REQUEST) {
          if (lastScan) {
            Atomics.store(this._doorbell, BELL_ASLEEP, 0);
            lastScan = false;
          }
          this._serve(slot);
          served = true;
        }
      }
      if (lastScan) break;
      // Idle: a small step of the filesystems' work ahead of need between two scans. The spin
      // goes on while such work remains: the writes that made it are likely still coming.
      if (!served && this.vfs.idle()) {
        deadline = performance.now() + SPIN_MS;
        continue;
      }
      // Reading the clock on every scan also paces the polling: scanning flat out (measured)
      // slows the thread's stores to the lines being polled more than it speeds up replies.
      const now = performance.now();
      if (served) deadline = now + SPIN_MS;
      else if (now >= deadline) {
        if (this._slots.length === 0) return;
        lastScan = true;
      }
    }
    // A request stored before a thread saw BELL_ASLEEP was found by the last scan; one stored
    // after it comes with a bell bump and a notify.
    const wait = Atomics.waitAsync(this._doorbell, BELL_COUNT, bell);
    this._sleeping = true;
    const wake = (): void => {
      Atomics.store(this._doorbell, BELL_ASLEEP, 0);
      this._sleeping = false;
      this._poll();
    };
    if (wait.async) wait.value.then(wake);
    else setTimeout(wake, 0);
  }

  private _serve(slot: Slot): void {
    const { state, decoder, proc } = slot;
    const sys = Atomics.load(state, SYSNO);
    decoder.reset(0);
    decoder.borrow = sys === BORROWS_BYTES;
    let args: Value;
    try {
      args = decoder.value();
    } catch {
      this._reply(slot, -EINVAL);
      return;
    }
    const result = Array.isArray(args) ? this._dispatch(proc, sys, args) : -EINVAL;
    if (result instanceof Promise) {
      slot.busy = true;
      result.then((value) => {
        slot.busy = false;
        this._reply(slot, value);
        this._poll();
      }, (err) => {
        slot.busy = false;
        this._reply(slot, this._bug(err));
      });
      return;
    }
    this._reply(slot, result);
  }

  private _reply(slot: Slot, result: Value): void {
    if (slot.proc.exited) return;
    const { state, encoder } = slot;
    if (typeof result === 'number' && result < 0) {
      state[ERRNO] = -result;
      state[LENGTH] = 0;
    } else {
      encoder.reset();
      try {
        encoder.value(result);
        state[ERRNO] = 0;
        state[LENGTH] = encoder.pos;
      } catch {
        state[ERRNO] = E2BIG;
        state[LENGTH] = 0;
      }
    }
    Atomics.store(state, STATE, REPLY);
    if (Atomics.load(state, ASLEEP) === 1) Atomics.notify(state, STATE);
  }
}
