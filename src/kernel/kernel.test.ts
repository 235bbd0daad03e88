// Unit tests of the kernel through its syscall interface, with fake threads: processes, signals,
// exit reporting, descriptors, and hostile input that must come back as errnos.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Kernel, type ThreadMessage } from './kernel.js';
import {
  DATA_OFFSET, DATA_SIZE, Decoder, Encoder, ERRNO, HEADER_WORDS, REPLY, REQUEST, STATE, SYSNO, type Value,
} from '../abi/channel.js';
import { Sys, SIGNALS, type KernelEvent } from '../abi/syscalls.js';
import { EBADF, EINVAL, EMFILE, ENOENT, ENOSYS, EPIPE, ESRCH } from '../abi/errno.js';
import { MAX_FDS } from './proc/fd-table.js';
import { DeviceDescription, type OpenDescription } from './proc/open-description.js';

interface FakeThread {
  channel: SharedArrayBuffer;
  events: KernelEvent[];
  terminated: boolean;
  send(message: ThreadMessage): void;
}

function boot() {
  const threads = new Map<number, FakeThread>();
  const exits: [number, number, number][] = [];
  const kernel = new Kernel({
    threads: {
      start(pid, channel, _doorbell, onMessage) {
        const thread: FakeThread = { channel, events: [], terminated: false, send: onMessage };
        threads.set(pid, thread);
        return { post: (m) => thread.events.push(m as KernelEvent), terminate: () => { thread.terminated = true; } };
      },
    },
    onExit: (pid, status, signal) => exits.push([pid, status, signal]),
    onBug: (error) => { throw error; },
  });
  return { kernel, threads, exits };
}

type Internals = { _slots: { state: Int32Array }[]; _serve(slot: unknown): void };

/** Serves the request waiting on `channel` as the kernel's channel loop would. */
function serve(kernel: Kernel, channel: SharedArrayBuffer): void {
  const internals = kernel as unknown as Internals;
  const slot = internals._slots.find((s) => s.state.buffer === channel);
  assert.ok(slot, 'the thread has a channel slot');
  internals._serve(slot);
}

/** A blocking call as a thread makes it, served synchronously. */
function call(kernel: Kernel, thread: FakeThread, sys: number, args: Value[]): { errno: number; value: Value } {
  const state = new Int32Array(thread.channel, 0, HEADER_WORDS);
  const data = new Uint8Array(thread.channel, DATA_OFFSET, DATA_SIZE);
  const encoder = new Encoder(data);
  encoder.value(args);
  state[SYSNO] = sys;
  Atomics.store(state, STATE, REQUEST);
  serve(kernel, thread.channel);
  assert.equal(Atomics.load(state, STATE), REPLY, 'the kernel answered');
  const errno = state[ERRNO];
  const value = errno === 0 ? new Decoder(data).value() : undefined;
  Atomics.store(state, STATE, 0);
  return { errno, value };
}

function spawn(kernel: Kernel, threads: Map<number, FakeThread>, ppid = 1, stdio: OpenDescription[] = []) {
  const proc = kernel.spawn({ argv: ['node', 'app.js'], env: { A: '1' }, cwd: '/home/user', stdio, ppid });
  return { proc, thread: threads.get(proc.pid)! };
}

test('[kernel procInfo] a process learns its argv, env, cwd and ids', () => {
  const { kernel, threads } = boot();
  const { proc, thread } = spawn(kernel, threads);
  const { errno, value } = call(kernel, thread, Sys.procInfo, []);
  assert.equal(errno, 0);
  const info = value as Record<string, Value>;
  assert.deepEqual(info.argv, ['node', 'app.js']);
  assert.deepEqual(info.env, { A: '1' });
  assert.equal(info.cwd, '/home/user');
  assert.equal(info.pid, proc.pid);
});

test('[kernel open/write/read] a file written through one descriptor reads back through another', () => {
  const { kernel, threads } = boot();
  const { thread } = spawn(kernel, threads);
  const fd = call(kernel, thread, Sys.open, ['/tmp/a.txt', 0o1101, 0o644]).value as number;
  assert.ok(fd >= 0);
  assert.equal(call(kernel, thread, Sys.write, [fd, new TextEncoder().encode('hello'), null]).value, 5);
  assert.equal(call(kernel, thread, Sys.close, [fd]).errno, 0);
  const again = call(kernel, thread, Sys.open, ['/tmp/a.txt', 0, 0]).value as number;
  const bytes = call(kernel, thread, Sys.read, [again, 100, null]).value as Uint8Array;
  assert.equal(new TextDecoder().decode(bytes), 'hello');
});

test('[kernel close] EBADF for a descriptor that is not open, twice closed or negative', () => {
  const { kernel, threads } = boot();
  const { thread } = spawn(kernel, threads);
  assert.equal(call(kernel, thread, Sys.close, [57]).errno, EBADF);
  assert.equal(call(kernel, thread, Sys.close, [-1]).errno, EBADF);
  const fd = call(kernel, thread, Sys.open, ['/etc/hostname', 0, 0]).value as number;
  assert.equal(call(kernel, thread, Sys.close, [fd]).errno, 0);
  assert.equal(call(kernel, thread, Sys.close, [fd]).errno, EBADF);
});

test('[kernel open] EMFILE once a process holds the descriptor limit', () => {
  const { kernel, threads } = boot();
  const { thread } = spawn(kernel, threads);
  for (let i = 0; i < MAX_FDS; i++) assert.equal(call(kernel, thread, Sys.open, ['/etc/hostname', 0, 0]).errno, 0);
  assert.equal(call(kernel, thread, Sys.open, ['/etc/hostname', 0, 0]).errno, EMFILE);
});

test('[kernel stat] ENOENT for a missing path, as an errno', () => {
  const { kernel, threads } = boot();
  const { thread } = spawn(kernel, threads);
  assert.equal(call(kernel, thread, Sys.stat, ['/nope', true]).errno, ENOENT);
});

test('[kernel dispatch] hostile input gets EINVAL or ENOSYS, never an exception', () => {
  const { kernel, threads } = boot();
  const { thread } = spawn(kernel, threads);
  const bad: [number, Value[]][] = [
    [Sys.open, [42, 'x', null]], [Sys.read, [0, -5, null]], [Sys.write, [1, 'not bytes', null]],
    [Sys.stat, [{ path: '/' }, true]], [Sys.kill, ['1', 'SIGTERM']], [Sys.chdir, [null]],
    [Sys.umask, [1.5]], [Sys.rename, ['/a']], [Sys.readFile, ['/etc/hostname', 'r']],
  ];
  for (const [sys, args] of bad) assert.equal(call(kernel, thread, sys, args).errno, EINVAL, `syscall ${sys}`);
  assert.equal(call(kernel, thread, 9999, []).errno, ENOSYS);
});

test('[kernel channel] garbage in the data area is EINVAL', () => {
  const { kernel, threads } = boot();
  const { thread } = spawn(kernel, threads);
  const state = new Int32Array(thread.channel, 0, HEADER_WORDS);
  new Uint8Array(thread.channel, DATA_OFFSET, 8).set([250, 1, 2, 3, 4, 5, 6, 7]);
  state[SYSNO] = Sys.stat;
  Atomics.store(state, STATE, REQUEST);
  serve(kernel, thread.channel);
  assert.equal(state[ERRNO], EINVAL);
});

test('[kernel exit] exit ends the thread and is reported to the parent and the host', () => {
  const { kernel, threads, exits } = boot();
  const parent = spawn(kernel, threads);
  const child = spawn(kernel, threads, parent.proc.pid);
  child.thread.send({ type: 'call', id: 1, sys: Sys.exit, args: [3] });
  assert.ok(child.thread.terminated);
  assert.deepEqual(exits, [[child.proc.pid, 3, 0]]);
  assert.deepEqual(parent.thread.events, [{ type: 'child-exit', pid: child.proc.pid, status: 3, signal: 0 }]);
});

test('[kernel kill] an uncaught SIGTERM ends the process; a caught one is delivered', () => {
  const { kernel, threads, exits } = boot();
  const a = spawn(kernel, threads);
  const b = spawn(kernel, threads);
  assert.equal(call(kernel, b.thread, Sys.sigwatch, [SIGNALS.SIGINT, true]).errno, 0);
  assert.equal(call(kernel, a.thread, Sys.kill, [b.proc.pid, SIGNALS.SIGINT]).errno, 0);
  assert.deepEqual(b.thread.events, [{ type: 'signal', signal: SIGNALS.SIGINT }]);
  assert.equal(call(kernel, a.thread, Sys.kill, [b.proc.pid, SIGNALS.SIGTERM]).errno, 0);
  assert.ok(b.thread.terminated);
  assert.deepEqual(exits, [[b.proc.pid, 0, SIGNALS.SIGTERM]]);
  assert.equal(call(kernel, a.thread, Sys.kill, [b.proc.pid, SIGNALS.SIGTERM]).errno, ESRCH);
});

test('[kernel kill] SIGKILL ends a process even when it watches the signal', () => {
  const { kernel, threads, exits } = boot();
  const a = spawn(kernel, threads);
  const b = spawn(kernel, threads);
  call(kernel, b.thread, Sys.sigwatch, [SIGNALS.SIGTERM, true]);
  assert.equal(call(kernel, a.thread, Sys.kill, [b.proc.pid, SIGNALS.SIGKILL]).errno, 0);
  assert.deepEqual(exits, [[b.proc.pid, 0, SIGNALS.SIGKILL]]);
});

test('[kernel kill] an unknown signal number is EINVAL', () => {
  const { kernel, threads } = boot();
  const a = spawn(kernel, threads);
  assert.equal(call(kernel, a.thread, Sys.kill, [a.proc.pid, 99999]).errno, EINVAL);
});

test('[kernel chdir] ENOENT for a missing directory; the cwd follows a successful chdir', () => {
  const { kernel, threads } = boot();
  const { proc, thread } = spawn(kernel, threads);
  assert.equal(call(kernel, thread, Sys.chdir, ['/nowhere']).errno, ENOENT);
  assert.equal(call(kernel, thread, Sys.chdir, ['../..']).errno, 0);
  assert.equal(proc.cwd, '/');
});

test('[kernel write] a host output whose reader left answers EPIPE to the writer', () => {
  const { kernel, threads } = boot();
  const written: Uint8Array[] = [];
  let readerGone = false;
  const stat = () => ({ dev: 0, ino: 0, mode: 0o010600, nlink: 1, uid: 0, gid: 0, rdev: 0, size: 0, blksize: 4096, blocks: 0,
    atimeMs: 0, mtimeMs: 0, ctimeMs: 0, birthtimeMs: 0 }) as never;
  const out = new DeviceDescription({ isatty: false, write: (data) => (readerGone ? -EPIPE : (written.push(data), 0)) }, stat);
  const { thread } = spawn(kernel, threads, 1, [out, out, out]);
  assert.equal(call(kernel, thread, Sys.write, [1, new Uint8Array([104, 105]), null]).value, 2);
  readerGone = true;
  assert.equal(call(kernel, thread, Sys.write, [1, new Uint8Array([33]), null]).errno, EPIPE);
  assert.equal(written.length, 1);
});

test('[kernel write] bytes a device keeps are its own, not a view of the channel the next call reuses', () => {
  const { kernel, threads } = boot();
  const kept: Uint8Array[] = [];
  const stat = () => ({ dev: 0, ino: 0, mode: 0o010600, nlink: 1, uid: 0, gid: 0, rdev: 0, size: 0, blksize: 4096, blocks: 0,
    atimeMs: 0, mtimeMs: 0, ctimeMs: 0, birthtimeMs: 0 }) as never;
  const out = new DeviceDescription({ isatty: false, write: (data) => (kept.push(data), 0) }, stat);
  const { thread } = spawn(kernel, threads, 1, [out, out, out]);
  assert.equal(call(kernel, thread, Sys.write, [1, new TextEncoder().encode('first'), null]).value, 5);
  assert.equal(call(kernel, thread, Sys.write, [1, new TextEncoder().encode('XXXXXXXX'), null]).value, 8);
  assert.deepEqual(kept.map((b) => new TextDecoder().decode(b)), ['first', 'XXXXXXXX']);
});

test('[kernel read] a file read answered by message carries its own bytes, each reply apart', () => {
  const { kernel, threads } = boot();
  const { thread } = spawn(kernel, threads);
  const fd = call(kernel, thread, Sys.open, ['/tmp/r.txt', 0o1102, 0o644]).value as number;
  assert.equal(call(kernel, thread, Sys.write, [fd, new TextEncoder().encode('abcdef'), null]).value, 6);
  thread.send({ type: 'call', id: 1, sys: Sys.read, args: [fd, 1000, 0] });
  thread.send({ type: 'call', id: 2, sys: Sys.read, args: [fd, 2, 4] });
  const replies = thread.events.filter((e) => e.type === 'reply') as { id: number; value: Value }[];
  const values = replies.map((r) => r.value as Uint8Array);
  assert.deepEqual(values.map((v) => new TextDecoder().decode(v)), ['abcdef', 'ef']);
  assert.deepEqual(values.map((v) => v.buffer.byteLength), [6, 2]);
});
