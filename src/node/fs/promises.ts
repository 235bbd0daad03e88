// node layer: the `fs/promises` module — the promise forms of the fs calls.
import * as fs from '../fs.js';
import type { Stats } from '../fs.js';

function promisify<T>(call: (...args: any[]) => void) {
  return (...args: unknown[]): Promise<T> => new Promise<T>((resolve, reject) => {
    call(...args, (err: Error | null, value: T) => (err ? reject(err) : resolve(value)));
  });
}

export const readFile = promisify<string | Uint8Array>(fs.readFile);
export const writeFile = promisify<void>(fs.writeFile);
export const stat = promisify<Stats>(fs.stat);
export const readdir = promisify<string[]>(fs.readdir);
export const constants = fs.constants;
