// node layer: one asynchronous fs request — the syscall goes out, its completion runs in the
// loop's I/O phase, and the process stays alive while it is pending, as libuv's fs requests do.
import type { Value } from '../../../abi/channel.js';
import { callAsync } from '../../binding/fs.js';
import type { SystemError } from '../../binding/uv.js';
import { queueIo, refHandle } from '../loop.js';

export type Done = (err: SystemError | null, value: Value) => void;

export function req(sys: number, args: Value[], syscall: string, path: string | undefined, dest: string | undefined, done: Done): void {
  refHandle(1);
  callAsync(sys, args, syscall, (err, value) => {
    queueIo(() => {
      refHandle(-1);
      done(err, value);
    });
  }, path, dest);
}

/** The promise form: resolves in the I/O phase with the raw value. */
export function preq(sys: number, args: Value[], syscall: string, path?: string, dest?: string): Promise<Value> {
  return new Promise((resolve, reject) => {
    req(sys, args, syscall, path, dest, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

/**
 * Calls a Node-style callback with a promise's outcome from the I/O phase, outside any promise
 * job, so that an exception it throws is an uncaught exception as in Node.
 */
export function settle<T>(promise: Promise<T>, callback: (err: Error | null, value?: T) => void, voidResult = false): void {
  refHandle(1);
  promise.then((value) => {
    queueIo(() => {
      refHandle(-1);
      if (voidResult) callback(null);
      else callback(null, value);
    });
  }, (err) => {
    queueIo(() => {
      refHandle(-1);
      callback(err);
    });
  });
}
