// node layer: argument validation in Node's order and with Node's messages; the only place
// argument errors (ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ...) are raised from.
import { nodeError } from './errors.js';

export function validateString(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') throw nodeError('ERR_INVALID_ARG_TYPE', name, 'string', value);
}

export function validateFunction(value: unknown, name: string): asserts value is Function {
  if (typeof value !== 'function') throw nodeError('ERR_INVALID_ARG_TYPE', name, 'Function', value);
}

export function validateBoolean(value: unknown, name: string): asserts value is boolean {
  if (typeof value !== 'boolean') throw nodeError('ERR_INVALID_ARG_TYPE', name, 'boolean', value);
}

export function validateNumber(value: unknown, name: string, min?: number, max?: number): asserts value is number {
  if (typeof value !== 'number') throw nodeError('ERR_INVALID_ARG_TYPE', name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) || ((min != null || max != null) && Number.isNaN(value))) {
    const range = min != null && max != null ? `>= ${min} && <= ${max}` : min != null ? `>= ${min}` : `<= ${max}`;
    throw nodeError('ERR_OUT_OF_RANGE', name, range, value);
  }
}

export function validateInteger(value: unknown, name: string, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): asserts value is number {
  if (typeof value !== 'number') throw nodeError('ERR_INVALID_ARG_TYPE', name, 'number', value);
  if (!Number.isInteger(value)) throw nodeError('ERR_OUT_OF_RANGE', name, 'an integer', value);
  if (value < min || value > max) throw nodeError('ERR_OUT_OF_RANGE', name, `>= ${min} && <= ${max}`, value);
}

export function validateInt32(value: unknown, name: string, min = -2147483648, max = 2147483647): asserts value is number {
  if (typeof value !== 'number') throw nodeError('ERR_INVALID_ARG_TYPE', name, 'number', value);
  if (!Number.isInteger(value)) throw nodeError('ERR_OUT_OF_RANGE', name, 'an integer', value);
  if (value < min || value > max) throw nodeError('ERR_OUT_OF_RANGE', name, `>= ${min} && <= ${max}`, value);
}

export function validateUint32(value: unknown, name: string, positive = false): asserts value is number {
  if (typeof value !== 'number') throw nodeError('ERR_INVALID_ARG_TYPE', name, 'number', value);
  if (!Number.isInteger(value)) throw nodeError('ERR_OUT_OF_RANGE', name, 'an integer', value);
  const min = positive ? 1 : 0;
  if (value < min || value > 4294967295) throw nodeError('ERR_OUT_OF_RANGE', name, `>= ${min} && <= 4294967295`, value);
}

export interface ObjectOptions {
  allowArray?: boolean;
  allowFunction?: boolean;
  nullable?: boolean;
}

export function validateObject(value: unknown, name: string, options: ObjectOptions = {}): asserts value is Record<string, unknown> {
  const { allowArray = false, allowFunction = false, nullable = false } = options;
  if ((!nullable && value === null) || (!allowArray && Array.isArray(value)) ||
      (typeof value !== 'object' && (!allowFunction || typeof value !== 'function'))) {
    throw nodeError('ERR_INVALID_ARG_TYPE', name, 'Object', value);
  }
}

export function validateArray(value: unknown, name: string, minLength = 0): asserts value is unknown[] {
  if (!Array.isArray(value)) throw nodeError('ERR_INVALID_ARG_TYPE', name, 'Array', value);
  if (value.length < minLength) throw nodeError('ERR_INVALID_ARG_VALUE', name, value, `must be longer than ${minLength}`);
}

export function validateOneOf<T>(value: unknown, name: string, oneOf: readonly T[]): asserts value is T {
  if (!oneOf.includes(value as T)) {
    const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw nodeError('ERR_INVALID_ARG_VALUE', name, value, `must be one of: ${allowed}`);
  }
}

export function validateAbortSignal(signal: unknown, name: string): void {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw nodeError('ERR_INVALID_ARG_TYPE', name, 'AbortSignal', signal);
  }
}

export function validateBuffer(value: unknown, name = 'buffer'): asserts value is ArrayBufferView {
  if (!ArrayBuffer.isView(value)) throw nodeError('ERR_INVALID_ARG_TYPE', name, ['Buffer', 'TypedArray', 'DataView'], value);
}

/** Node's `isUint32`-style helpers used by several modules. */
export const isInt32 = (value: unknown): boolean => value === ((value as number) | 0);
export const isUint32 = (value: unknown): boolean => value === ((value as number) >>> 0);
