// node layer: buffer module settings a program may change at run time (INSPECT_MAX_BYTES),
// kept apart so that the loader can expose them as the accessor Node's `buffer` module has.
import { validateNumber } from '../validators.js';

export const bufferOptions = { inspectMaxBytes: 50 };

export function getInspectMaxBytes(): number {
  return bufferOptions.inspectMaxBytes;
}

export function setInspectMaxBytes(value: unknown): void {
  validateNumber(value, 'INSPECT_MAX_BYTES', 0);
  bufferOptions.inspectMaxBytes = value;
}
