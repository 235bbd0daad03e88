// node layer: readline/promises' Readline class — cursor and clearing actions queued for one
// write (commit) or written on the next tick (autoCommit).
import { nodeError } from '../errors.js';
import { validateBoolean, validateInteger } from '../validators.js';
import { getProcess } from '../../process.js';
import {
  cursorToSequence, kClearLine, kClearScreenDown, kClearToLineBeginning, kClearToLineEnd, moveCursorSequence,
} from './utils.js';

interface WritableLike {
  write(data: string, callback?: () => void): boolean;
}

function isWritableStream(stream: unknown): stream is WritableLike {
  return stream !== null && typeof stream === 'object' && typeof (stream as WritableLike).write === 'function' &&
    typeof (stream as { on?: unknown }).on === 'function';
}

export class Readline {
  #autoCommit = false;
  #stream: WritableLike;
  #todo: string[] = [];

  constructor(stream: unknown, options?: { autoCommit?: boolean }) {
    if (!isWritableStream(stream)) throw nodeError('ERR_INVALID_ARG_TYPE', 'stream', 'Writable', stream);
    this.#stream = stream;
    if (options?.autoCommit != null) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this.#autoCommit = options.autoCommit;
    }
  }

  #queue(data: string): void {
    if (this.#autoCommit) getProcess().nextTick(() => this.#stream.write(data));
    else this.#todo.push(data);
  }

  cursorTo(x: number, y?: number): this {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    this.#queue(cursorToSequence(x, y ?? undefined));
    return this;
  }

  moveCursor(dx: number, dy: number): this {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      this.#queue(moveCursorSequence(dx, dy));
    }
    return this;
  }

  clearLine(dir: number): this {
    validateInteger(dir, 'dir', -1, 1);
    this.#queue(dir < 0 ? kClearToLineBeginning : dir > 0 ? kClearToLineEnd : kClearLine);
    return this;
  }

  clearScreenDown(): this {
    this.#queue(kClearScreenDown);
    return this;
  }

  commit(): Promise<void> {
    return new Promise((resolve) => {
      this.#stream.write(this.#todo.join(''), resolve);
      this.#todo = [];
    });
  }

  rollback(): this {
    this.#todo = [];
    return this;
  }
}
