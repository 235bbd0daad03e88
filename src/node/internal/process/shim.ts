// node layer: the small `process` that bundled libraries (readable-stream) import by name.
import { queueTick } from '../loop.js';

export function nextTick(callback: Function, ...args: unknown[]): void {
  queueTick(callback, args.length > 0 ? args : undefined);
}

export default { nextTick };
