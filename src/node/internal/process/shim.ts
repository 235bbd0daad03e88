// node layer: the small `process` that bundled libraries (readable-stream) import by name. It
// forwards to the real process object, so checks such as `dest !== process.stdout` hold.
import { queueTick } from '../loop.js';
import { getProcess } from '../../process.js';

export function nextTick(callback: Function, ...args: unknown[]): void {
  queueTick(callback, args.length > 0 ? args : undefined);
}

export default {
  nextTick,
  get stdout() { return getProcess().stdout; },
  get stderr() { return getProcess().stderr; },
  get env() { return getProcess().env; },
  emitWarning(...args: unknown[]) { return getProcess().emitWarning(...args); },
};
