// hosts layer (Node): starts the first process thread before the CLI and the kernel have even
// loaded. Booting a worker and compiling the runtime take longer than loading the kernel, so
// doing both at once shortens every `nodeling run`. The CLI picks the thread up by its symbol.
import { Worker } from 'node:worker_threads';
import { DOORBELL_BYTES, createChannelBuffer } from '../../abi/channel.js';

export interface PrestartedThread {
  worker: Worker;
  channel: SharedArrayBuffer;
  doorbell: SharedArrayBuffer;
}

export const PRESTARTED = Symbol.for('nodeling.prestartedThread');

/** The execArgv of every process thread: ES modules run as node:vm module records. */
export const THREAD_EXEC_ARGV = ['--experimental-vm-modules', '--no-warnings'];

export function startProcessThread(workerUrl: URL, channel: SharedArrayBuffer, doorbell: SharedArrayBuffer): Worker {
  return new Worker(workerUrl, {
    workerData: { channel, doorbell },
    stdout: false,
    stderr: false,
    env: {},
    // The host's own experimental warning about vm modules is not the program's.
    execArgv: THREAD_EXEC_ARGV,
  });
}

export function prestart(workerUrl: URL): void {
  const channel = createChannelBuffer();
  const doorbell = new SharedArrayBuffer(DOORBELL_BYTES);
  const thread: PrestartedThread = { worker: startProcessThread(workerUrl, channel, doorbell), channel, doorbell };
  (globalThis as Record<symbol, unknown>)[PRESTARTED] = thread;
}

/** The prestarted thread, once: later processes start their own. */
export function takePrestarted(): PrestartedThread | undefined {
  const scope = globalThis as Record<symbol, PrestartedThread | undefined>;
  const thread = scope[PRESTARTED];
  delete scope[PRESTARTED];
  return thread;
}
