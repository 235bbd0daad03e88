// node layer: readline.cursorTo/moveCursor/clearLine/clearScreenDown — ANSI sequences written to
// a stream, with Node's argument checks and callback rules.
import { nodeError } from '../errors.js';
import { validateFunction } from '../validators.js';
import { getProcess } from '../../process.js';
import {
  cursorToSequence, kClearLine, kClearScreenDown, kClearToLineBeginning, kClearToLineEnd, moveCursorSequence,
} from './utils.js';

interface WritableLike {
  write(data: string, callback?: (error?: Error | null) => void): boolean;
}

/** With no stream (or nothing to do) the callback still runs, on the next tick. */
function skip(callback: unknown): boolean {
  if (typeof callback === 'function') getProcess().nextTick(callback, null);
  return true;
}

export function cursorTo(stream: WritableLike | null | undefined, x: unknown, y?: unknown, callback?: unknown): boolean {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw nodeError('ERR_INVALID_ARG_VALUE', 'x', x);
  if (Number.isNaN(y)) throw nodeError('ERR_INVALID_ARG_VALUE', 'y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) return skip(callback);
  if (typeof x !== 'number') throw nodeError('ERR_INVALID_CURSOR_POS');
  return stream.write(cursorToSequence(x, y as number | undefined), callback as (error?: Error | null) => void);
}

export function moveCursor(stream: WritableLike | null | undefined, dx: number, dy: number, callback?: unknown): boolean {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null || !(dx || dy)) return skip(callback);
  return stream.write(moveCursorSequence(dx, dy), callback as (error?: Error | null) => void);
}

export function clearLine(stream: WritableLike | null | undefined, dir: number, callback?: unknown): boolean {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) return skip(callback);
  const type = dir < 0 ? kClearToLineBeginning : dir > 0 ? kClearToLineEnd : kClearLine;
  return stream.write(type, callback as (error?: Error | null) => void);
}

export function clearScreenDown(stream: WritableLike | null | undefined, callback?: unknown): boolean {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) return skip(callback);
  return stream.write(kClearScreenDown, callback as (error?: Error | null) => void);
}
