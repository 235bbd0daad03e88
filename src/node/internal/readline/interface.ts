// node layer: readline's Interface — splitting a readable's text into 'line' events (Node's
// line-ending and crlfDelay rules), prompts and questions, history, and basic terminal editing.
import { EventEmitter, kFirstEventParam, on as eventsOn } from '../../events.js';
import { StringDecoder } from '../../string_decoder.js';
import { nodeError, AbortError } from '../errors.js';
import { validateAbortSignal, validateArray, validateNumber, validateString, validateUint32 } from '../validators.js';
import { getProcess } from '../../process.js';
import { cursorTo, clearScreenDown, moveCursor } from './callbacks.js';
import { emitKeypressEvents, type Key } from './utils.js';

const kHistorySize = 30;
const kMinCrlfDelay = 100;
const kEscapeCodeTimeout = 500;
const lineEnding = /\r?\n|\r(?!\n)/g;

export const kQuestion = Symbol('_question');
export const kQuestionCancel = Symbol('_questionCancel');
const kLineBuffer = Symbol('_line_buffer');
const kSawReturnAt = Symbol('_sawReturnAt');
const kDecoder = Symbol('_decoder');
const kQuestionCallback = Symbol('_questionCallback');
const kOldPrompt = Symbol('_oldPrompt');
const kPrompt = Symbol('_prompt');
const kLineObjectStream = Symbol('line object stream');

type Callback = (answer: string) => void;

interface ReadableLike {
  on(event: string, listener: (...args: any[]) => void): unknown;
  removeListener(event: string, listener: (...args: any[]) => void): unknown;
  resume(): unknown;
  pause(): unknown;
  setRawMode?: (mode: boolean) => unknown;
  isRaw?: boolean;
}

interface WritableLike {
  write(data: string, callback?: (error?: Error | null) => void): boolean;
  on?(event: string, listener: (...args: any[]) => void): unknown;
  removeListener?(event: string, listener: (...args: any[]) => void): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface InterfaceOptions {
  input: ReadableLike;
  output?: WritableLike | null;
  completer?: Function;
  terminal?: boolean;
  history?: string[];
  historySize?: number;
  removeHistoryDuplicates?: boolean;
  prompt?: string;
  crlfDelay?: number;
  escapeCodeTimeout?: number;
  tabSize?: number;
  signal?: AbortSignal;
}

/** The fields an Interface carries; set in Node's order so that Object.keys(rl) lists them as Node does. */
export interface Interface extends EventEmitter {
  isCompletionEnabled: boolean;
  escapeCodeTimeout: number;
  tabSize: number;
  line: string;
  output: WritableLike | null | undefined;
  input: ReadableLike;
  history: string[];
  historySize: number;
  removeHistoryDuplicates: boolean;
  crlfDelay: number;
  completer: Function | undefined;
  terminal: boolean;
  cursor?: number;
  historyIndex?: number;
  prevRows?: number;
  closed?: boolean;
  paused?: boolean;
  [kLineBuffer]: string | null;
  [kSawReturnAt]: number;
  [kDecoder]: StringDecoder;
  [kQuestionCallback]: Callback | null;
  [kOldPrompt]: string;
  [kPrompt]: string;
  [kLineObjectStream]: AsyncIterableIterator<string> | undefined;
  [key: string | symbol]: any;
}

export function InterfaceConstructor(this: Interface, input: any, output?: any, completer?: any, terminal?: any): void {
  this[kSawReturnAt] = 0;
  this.isCompletionEnabled = true;
  this.escapeCodeTimeout = kEscapeCodeTimeout;
  this.tabSize = 8;
  (EventEmitter as unknown as Function).call(this);

  let history: unknown;
  let historySize: unknown;
  let removeHistoryDuplicates: unknown = false;
  let crlfDelay: unknown;
  let prompt: unknown = '> ';
  let signal: AbortSignal | undefined;
  if (input?.input) {
    const options = input as InterfaceOptions;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    history = options.history;
    historySize = options.historySize;
    signal = options.signal;
    if (options.tabSize !== undefined) {
      validateUint32(options.tabSize, 'tabSize', true);
      this.tabSize = options.tabSize;
    }
    removeHistoryDuplicates = options.removeHistoryDuplicates;
    if (options.prompt !== undefined) prompt = options.prompt;
    if (options.escapeCodeTimeout !== undefined) {
      if (Number.isFinite(options.escapeCodeTimeout)) this.escapeCodeTimeout = options.escapeCodeTimeout;
      else throw nodeError('ERR_INVALID_ARG_VALUE', 'input.escapeCodeTimeout', this.escapeCodeTimeout);
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    crlfDelay = options.crlfDelay;
    input = options.input;
  }
  if (completer !== undefined && typeof completer !== 'function') {
    throw nodeError('ERR_INVALID_ARG_VALUE', 'completer', completer);
  }
  if (history === undefined) history = [];
  else validateArray(history, 'history');
  if (historySize === undefined) historySize = kHistorySize;
  validateNumber(historySize, 'historySize', 0);
  // Without an explicit choice, a terminal output means terminal mode.
  if (terminal === undefined && output != null) terminal = !!output.isTTY;

  this.line = '';
  this.output = output;
  this.input = input;
  this.history = history as string[];
  this.historySize = historySize as number;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay as number) : kMinCrlfDelay;
  this.completer = completer;
  this.setPrompt(prompt as string);
  this.terminal = !!terminal;
  this[kLineObjectStream] = undefined;
  this[kQuestionCallback] = null;
  this[kLineBuffer] = null;

  const self = this;
  const onerror = (err: unknown): void => {
    self.emit('error', err);
  };
  input.on('error', onerror);

  if (!this.terminal) {
    const ondata = (data: unknown): void => self._normalWrite(data);
    const onend = (): void => {
      const rest = self[kLineBuffer];
      if (typeof rest === 'string' && rest.length > 0) self.emit('line', rest);
      self.close();
    };
    input.on('data', ondata);
    input.on('end', onend);
    this.once('close', () => {
      input.removeListener('data', ondata);
      input.removeListener('error', onerror);
      input.removeListener('end', onend);
    });
    this[kDecoder] = new StringDecoder('utf8');
  } else {
    const onkeypress = (s: string | undefined, key: Key): void => self._ttyWrite(s, key);
    const ontermend = (): void => {
      if (typeof self.line === 'string' && self.line.length > 0) self.emit('line', self.line);
      self.close();
    };
    const onresize = (): void => self._refreshLine();
    emitKeypressEvents(input, this);
    input.on('keypress', onkeypress);
    input.on('end', ontermend);
    this._setRawMode(true);
    this.terminal = true;
    this.cursor = 0;
    this.historyIndex = -1;
    output?.on?.('resize', onresize);
    this.once('close', () => {
      input.removeListener('keypress', onkeypress);
      input.removeListener('error', onerror);
      input.removeListener('end', ontermend);
      output?.removeListener?.('resize', onresize);
    });
  }

  if (signal) {
    const onAborted = (): void => self.close();
    if (signal.aborted) {
      getProcess().nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
  this.line = '';
  input.resume();
}

/** Display width of `str`; a tab advances to the next tab stop. */
function displayPos(rl: Interface, str: string): { rows: number; cols: number } {
  const columns = rl.columns as number;
  let offset = 0;
  let rows = 0;
  for (const ch of str) {
    if (ch === '\n') {
      rows += Math.ceil(offset / columns) || 1;
      offset = 0;
      continue;
    }
    if (ch === '\t') {
      offset += rl.tabSize - (offset % rl.tabSize);
      continue;
    }
    offset += 1;
  }
  const cols = offset % columns;
  rows += (offset - cols) / columns;
  return { cols: Number.isFinite(cols) ? cols : offset, rows: Number.isFinite(rows) ? rows : 0 };
}

const methods = {
  get columns(): number {
    const output = (this as unknown as Interface).output;
    return output?.columns ? output.columns : Infinity;
  },

  setPrompt(this: Interface, prompt: string): void {
    this[kPrompt] = prompt;
  },

  getPrompt(this: Interface): string {
    return this[kPrompt];
  },

  _setRawMode(this: Interface, mode: boolean): unknown {
    const wasInRawMode = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasInRawMode;
  },

  prompt(this: Interface, preserveCursor?: boolean): void {
    if (this.paused) this.resume();
    if (this.terminal && getProcess().env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this._refreshLine();
    } else {
      this._writeToOutput(this[kPrompt]);
    }
  },

  question(this: Interface, query: string, options: unknown, cb?: Callback): void {
    cb = typeof options === 'function' ? options as Callback : cb;
    if (options !== null && typeof options === 'object') {
      const { signal } = options as { signal?: AbortSignal };
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) return;
        const onAbort = (): void => this[kQuestionCancel]();
        signal.addEventListener('abort', onAbort, { once: true });
        const cleanup = (): void => signal.removeEventListener('abort', onAbort);
        const original = cb;
        cb = typeof original === 'function' ? (answer: string) => {
          cleanup();
          return original(answer);
        } : cleanup;
      }
    }
    if (typeof cb === 'function') this[kQuestion](query, cb);
  },

  [kQuestion](this: Interface, query: string, cb: Callback): void {
    if (this.closed) throw nodeError('ERR_USE_AFTER_CLOSE', 'readline');
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this[kPrompt];
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
      this.prompt();
    }
  },

  [kQuestionCancel](this: Interface): void {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  },

  _onLine(this: Interface, line: string): void {
    const cb = this[kQuestionCallback];
    if (cb) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  },

  _writeToOutput(this: Interface, text: string): void {
    validateString(text, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) this.output.write(text);
  },

  _normalWrite(this: Interface, data: unknown): void {
    if (data === undefined) return;
    let text = typeof data === 'string' ? data : this[kDecoder].write(data as Uint8Array);
    // A "\r" ending the previous chunk already ended its line: a "\n" right after belongs to it.
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      if (text.codePointAt(0) === 10) text = text.slice(1);
      this[kSawReturnAt] = 0;
    }
    lineEnding.lastIndex = 0;
    let match = lineEnding.exec(text);
    if (match !== null) {
      if (this[kLineBuffer]) {
        text = this[kLineBuffer] + text;
        this[kLineBuffer] = null;
        lineEnding.lastIndex = 0;
        match = lineEnding.exec(text) as RegExpExecArray;
      }
      this[kSawReturnAt] = text.endsWith('\r') ? Date.now() : 0;
      const indexes = [0, match.index, lineEnding.lastIndex];
      let next: RegExpExecArray | null;
      while ((next = lineEnding.exec(text)) !== null) indexes.push(next.index, lineEnding.lastIndex);
      const last = indexes.length - 1;
      this[kLineBuffer] = text.slice(indexes[last]);
      for (let i = 1; i < last; i += 2) this._onLine(text.slice(indexes[i - 1], indexes[i]));
    } else if (text) {
      this[kLineBuffer] = this[kLineBuffer] ? this[kLineBuffer] + text : text;
    }
  },

  _addHistory(this: Interface): string {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (this.line.trim().length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const at = this.history.indexOf(this.line);
        if (at !== -1) this.history.splice(at, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  },

  _getDisplayPos(this: Interface, str: string): { rows: number; cols: number } {
    return displayPos(this, str);
  },

  getCursorPos(this: Interface): { rows: number; cols: number } {
    return displayPos(this, this[kPrompt] + this.line.slice(0, this.cursor));
  },

  _refreshLine(this: Interface): void {
    const line = this[kPrompt] + this.line;
    const disp = displayPos(this, line);
    const cursorPos = this.getCursorPos();
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this._writeToOutput(line);
    if (disp.cols === 0) this._writeToOutput(' ');
    cursorTo(this.output, cursorPos.cols);
    const diff = disp.rows - cursorPos.rows;
    if (diff > 0) moveCursor(this.output, 0, -diff);
    this.prevRows = cursorPos.rows;
  },

  _moveCursor(this: Interface, dx: number): void {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor = Math.max(0, Math.min(this.line.length, (this.cursor as number) + dx));
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    else this._refreshLine();
  },

  _insertString(this: Interface, text: string): void {
    const cursor = this.cursor as number;
    if (cursor < this.line.length) {
      this.line = this.line.slice(0, cursor) + text + this.line.slice(cursor);
      this.cursor = cursor + text.length;
      this._refreshLine();
    } else {
      this.line += text;
      this.cursor = cursor + text.length;
      if (this.getCursorPos().cols === 0) this._refreshLine();
      else this._writeToOutput(text);
    }
  },

  _deleteLeft(this: Interface): void {
    const cursor = this.cursor as number;
    if (cursor > 0 && this.line.length > 0) {
      this.line = this.line.slice(0, cursor - 1) + this.line.slice(cursor);
      this.cursor = cursor - 1;
      this._refreshLine();
    }
  },

  _deleteRight(this: Interface): void {
    const cursor = this.cursor as number;
    if (cursor < this.line.length) {
      this.line = this.line.slice(0, cursor) + this.line.slice(cursor + 1);
      this._refreshLine();
    }
  },

  _historyMove(this: Interface, step: number): void {
    const index = (this.historyIndex as number) + step;
    if (index < -1 || index >= this.history.length) return;
    this.historyIndex = index;
    this.line = index === -1 ? '' : this.history[index];
    this.cursor = this.line.length;
    this._refreshLine();
  },

  _line(this: Interface): void {
    const line = this._addHistory();
    this.clearLine();
    this._onLine(line);
  },

  _ttyWrite(this: Interface, s: string | undefined, key?: Key): void {
    const k = key ?? ({} as Partial<Key>);
    if (k.ctrl && k.name === 'c') {
      if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
      else this.close();
      return;
    }
    if (k.ctrl && k.name === 'd') {
      if (this.cursor === 0 && this.line.length === 0) this.close();
      else this._deleteRight();
      return;
    }
    if (k.ctrl && !k.meta) {
      switch (k.name) {
        case 'h': this._deleteLeft(); return;
        case 'u':
          this.line = this.line.slice(this.cursor);
          this.cursor = 0;
          this._refreshLine();
          return;
        case 'k':
          this.line = this.line.slice(0, this.cursor);
          this._refreshLine();
          return;
        case 'a': this._moveCursor(-Infinity); return;
        case 'e': this._moveCursor(Infinity); return;
        case 'b': this._moveCursor(-1); return;
        case 'f': this._moveCursor(1); return;
        case 'p': this._historyMove(1); return;
        case 'n': this._historyMove(-1); return;
        case 'l':
          cursorTo(this.output, 0, 0);
          clearScreenDown(this.output);
          this._refreshLine();
          return;
        default: break;
      }
    }
    switch (k.name) {
      case 'return':
        this[kSawReturnAt] = Date.now();
        this._line();
        return;
      case 'enter':
        if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) this._line();
        this[kSawReturnAt] = 0;
        return;
      case 'backspace': this._deleteLeft(); return;
      case 'delete': this._deleteRight(); return;
      case 'left': this._moveCursor(-1); return;
      case 'right': this._moveCursor(1); return;
      case 'home': this._moveCursor(-Infinity); return;
      case 'end': this._moveCursor(Infinity); return;
      case 'up': this._historyMove(1); return;
      case 'down': this._historyMove(-1); return;
      case 'tab':
        if (typeof this.completer !== 'function' || !this.isCompletionEnabled) this._insertString('\t');
        return;
      default: break;
    }
    if (typeof s === 'string' && s && !(k.ctrl || k.meta)) {
      // Text written in one piece (rl.write('a\nb')) may hold whole lines.
      lineEnding.lastIndex = 0;
      let start = 0;
      let match: RegExpExecArray | null;
      while ((match = lineEnding.exec(s)) !== null) {
        this._insertString(s.slice(start, match.index));
        this._line();
        start = lineEnding.lastIndex;
      }
      if (start < s.length) this._insertString(s.slice(start));
    }
  },

  clearLine(this: Interface): void {
    this._moveCursor(Infinity);
    this._writeToOutput('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  },

  close(this: Interface): void {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this._setRawMode(false);
    this.closed = true;
    this.emit('close');
  },

  pause(this: Interface): Interface | undefined {
    if (this.paused) return undefined;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  },

  resume(this: Interface): Interface | undefined {
    if (!this.paused) return undefined;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  },

  write(this: Interface, data: unknown, key?: Key): void {
    if (this.paused) this.resume();
    if (this.terminal) this._ttyWrite(data as string, key);
    else this._normalWrite(data);
  },

  [Symbol.asyncIterator](this: Interface): AsyncIterableIterator<string> {
    if (this[kLineObjectStream] === undefined) {
      this[kLineObjectStream] = eventsOn(this, 'line', {
        close: ['close'],
        highWatermark: 1024,
        [kFirstEventParam]: true,
      });
    }
    return this[kLineObjectStream] as AsyncIterableIterator<string>;
  },
};

/** Installs the Interface methods on `proto` as non-enumerable properties, as class methods are. */
export function defineInterfaceMethods(proto: object): void {
  for (const key of Reflect.ownKeys(methods)) {
    const descriptor = Object.getOwnPropertyDescriptor(methods, key) as PropertyDescriptor;
    descriptor.enumerable = false;
    Object.defineProperty(proto, key, descriptor);
  }
}

/** The promise form of `question`, shared by util.promisify and readline/promises. */
export function questionPromise(rl: Interface, query: string, options: unknown, cancelOnAbort: boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    let cb: Callback = resolve;
    const signal = (options as { signal?: AbortSignal } | null | undefined)?.signal;
    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) {
        reject(new AbortError(undefined, { cause: signal.reason }));
        return;
      }
      const onAbort = (): void => {
        if (cancelOnAbort) rl[kQuestionCancel]();
        reject(new AbortError(undefined, { cause: signal.reason }));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      cb = (answer) => {
        signal.removeEventListener('abort', onAbort);
        resolve(answer);
      };
    }
    if (cancelOnAbort) rl[kQuestion](query, cb);
    else rl.question(query, options, cb);
  });
}
