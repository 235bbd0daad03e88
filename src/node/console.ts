// node layer: the `console` module — the Console class over any pair of writable streams, and
// the global console over process.stdout and process.stderr.
import { markStreamLoaded } from './internal/streams/load_order.js';
import { formatWithOptions, inspect } from './internal/util/inspect.js';
import { nodeError } from './internal/errors.js';
import { emitWarning } from './internal/process/warning.js';
import { host } from './binding/host.js';

interface WritableLike {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

interface ConsoleOptions {
  stdout: WritableLike;
  stderr?: WritableLike;
  ignoreErrors?: boolean;
  colorMode?: boolean | 'auto';
  inspectOptions?: Record<string, unknown>;
  groupIndentation?: number;
}

const kCounts = Symbol('kCounts');
const kTimers = Symbol('kTimers');
const kIndent = Symbol('kGroupIndent');
const kStdout = Symbol('kStdout');
const kStderr = Symbol('kStderr');
const kOptions = Symbol('kInspectOptions');
const kIndentWidth = Symbol('kGroupIndentationWidth');

function isWritable(stream: unknown): stream is WritableLike {
  return stream !== null && typeof stream === 'object' && typeof (stream as WritableLike).write === 'function';
}

/** Node's duration format for console.time: ms, then s, min, h as it grows. */
function formatTime(ms: number): string {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms -= hours * 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms -= minutes * 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [s, frac] = seconds.toFixed(3).split('.');
    const res = hours !== 0 ? `${hours}:${String(minutes).padStart(2, '0')}` : `${minutes}`;
    return `${res}:${s.padStart(2, '0')}.${frac} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

export class Console {
  [kStdout]!: WritableLike;
  [kStderr]!: WritableLike;
  [kCounts] = new Map<string, number>();
  [kTimers] = new Map<string, number>();
  [kIndent] = '';
  [kIndentWidth]!: number;
  [kOptions]: Record<string, unknown> | undefined;

  constructor(options: ConsoleOptions | WritableLike, stderr?: WritableLike, ignoreErrors?: boolean) {
    if (!new.target) return new Console(options, stderr, ignoreErrors);
    let opts: ConsoleOptions;
    if (isWritable(options)) opts = { stdout: options, stderr, ignoreErrors };
    else opts = options ?? ({} as ConsoleOptions);
    const { stdout } = opts;
    if (!isWritable(stdout)) throw nodeError('ERR_CONSOLE_WRITABLE_STREAM', 'stdout');
    const err = opts.stderr ?? stdout;
    if (!isWritable(err)) throw nodeError('ERR_CONSOLE_WRITABLE_STREAM', 'stderr');
    this[kStdout] = stdout;
    this[kStderr] = err;
    this[kIndentWidth] = opts.groupIndentation ?? 2;
    this[kOptions] = opts.inspectOptions;
    // Methods are bound, so `const { log } = console` works as in Node.
    for (const key of Object.getOwnPropertyNames(Console.prototype)) {
      if (key === 'constructor') continue;
      const value = (this as any)[key];
      if (typeof value === 'function') {
        Object.defineProperty(this, key, { value: value.bind(this), writable: true, enumerable: true, configurable: true });
      }
    }
  }

  private _format(args: unknown[]): string {
    const options = this[kOptions] ?? {};
    return formatWithOptions(options, ...args);
  }

  private _write(toStderr: boolean, text: string): void {
    const indent = this[kIndent];
    if (indent.length > 0) text = indent + (text.includes('\n') ? text.replace(/\n/g, `\n${indent}`) : text);
    // Node's console reaches process.stdout (and so loads `stream`) on its first write.
    markStreamLoaded();
    (toStderr ? this[kStderr] : this[kStdout]).write(`${text}\n`);
  }

  log(...args: unknown[]): void {
    this._write(false, this._format(args));
  }

  info(...args: unknown[]): void {
    this._write(false, this._format(args));
  }

  debug(...args: unknown[]): void {
    this._write(false, this._format(args));
  }

  warn(...args: unknown[]): void {
    this._write(true, this._format(args));
  }

  error(...args: unknown[]): void {
    this._write(true, this._format(args));
  }

  dir(object: unknown, options?: Record<string, unknown>): void {
    this._write(false, inspect(object, { customInspect: false, ...this[kOptions], ...options }));
  }

  dirxml(...args: unknown[]): void {
    this.log(...args);
  }

  trace(...args: unknown[]): void {
    const err = { name: 'Trace', message: this._format(args) } as Error;
    Error.captureStackTrace(err, this.trace);
    this._write(true, err.stack!);
  }

  assert(expression: unknown, ...args: unknown[]): void {
    if (expression) return;
    args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
    this.warn(...args);
  }

  clear(): void {
    if (this[kStdout].isTTY) this[kStdout].write('\x1b[1;1H\x1b[0J');
  }

  count(label: unknown = 'default'): void {
    const key = `${label}`;
    const count = (this[kCounts].get(key) ?? 0) + 1;
    this[kCounts].set(key, count);
    this.log(`${key}: ${count}`);
  }

  countReset(label: unknown = 'default'): void {
    const key = `${label}`;
    if (!this[kCounts].has(key)) {
      emitWarning(`Count for '${key}' does not exist`);
      return;
    }
    this[kCounts].delete(key);
  }

  group(...labels: unknown[]): void {
    if (labels.length > 0) this.log(...labels);
    this[kIndent] += ' '.repeat(this[kIndentWidth]);
  }

  groupCollapsed(...labels: unknown[]): void {
    this.group(...labels);
  }

  groupEnd(): void {
    this[kIndent] = this[kIndent].slice(0, this[kIndent].length - this[kIndentWidth]);
  }

  time(label: unknown = 'default'): void {
    const key = `${label}`;
    if (this[kTimers].has(key)) {
      emitWarning(`Label '${key}' already exists for console.time()`);
      return;
    }
    this[kTimers].set(key, host().now());
  }

  timeEnd(label: unknown = 'default'): void {
    const key = `${label}`;
    if (this._timeLog('timeEnd', key, [])) this[kTimers].delete(key);
  }

  timeLog(label: unknown = 'default', ...data: unknown[]): void {
    this._timeLog('timeLog', `${label}`, data);
  }

  private _timeLog(name: string, key: string, data: unknown[]): boolean {
    const start = this[kTimers].get(key);
    if (start === undefined) {
      emitWarning(`No such label '${key}' for console.${name}()`);
      return false;
    }
    const text = `${key}: ${formatTime(host().now() - start)}`;
    if (data.length > 0) this.log(text, ...data);
    else this.log(text);
    return true;
  }

  table(data: unknown, properties?: string[]): void {
    if (data === null || typeof data !== 'object') {
      this.log(data);
      return;
    }
    this.log(renderTable(data as object, properties));
  }

  profile(): void {}
  profileEnd(): void {}
  timeStamp(): void {}

  context(): never {
    throw nodeError('ERR_NOT_IMPLEMENTED', 'console.context');
  }

  createTask(): never {
    throw nodeError('ERR_NOT_IMPLEMENTED', 'console.createTask');
  }
}

// ---- console.table ------------------------------------------------------------------------

function cell(value: unknown): string {
  return inspect(value, { depth: 1, colors: false, compact: 3, breakLength: Infinity, maxArrayLength: 3 });
}

function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(/\x1b\[[0-9;]*m/g, '')) {
    const code = ch.codePointAt(0)!;
    width += code >= 0x1100 && isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1f300 && code <= 0x1f64f) || (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd);
}

function renderTable(data: object, properties?: string[]): string {
  const indexKey = '(index)';
  const valuesKey = 'Values';
  const isMap = data instanceof Map;
  const isSet = data instanceof Set;
  let rows: [string, unknown][];
  if (isMap) rows = [...(data as Map<unknown, unknown>).entries()].map(([k, v], i) => [String(i), { Key: k, Values: v }]);
  else if (isSet) rows = [...(data as Set<unknown>).values()].map((v, i) => [String(i), v]);
  else rows = Object.keys(data).map((k) => [k, (data as Record<string, unknown>)[k]]);
  const columns: string[] = [];
  const table = new Map<string, Map<string, string>>();
  let hasValues = false;
  const values = new Map<string, string>();
  for (const [key, value] of rows) {
    const row = new Map<string, string>();
    table.set(key, row);
    if (value !== null && typeof value === 'object' && !(isMap)) {
      const keys = properties ?? Object.keys(value);
      for (const k of keys) {
        if (!columns.includes(k)) columns.push(k);
        if (Object.prototype.hasOwnProperty.call(value, k)) row.set(k, cell((value as Record<string, unknown>)[k]));
      }
    } else if (isMap) {
      const entry = value as { Key: unknown; Values: unknown };
      if (!columns.includes('Key')) columns.push('Key');
      row.set('Key', cell(entry.Key));
      hasValues = true;
      values.set(key, cell(entry.Values));
    } else {
      hasValues = true;
      values.set(key, cell(value));
    }
  }
  const head = isMap || isSet ? ['(iteration index)', ...columns] : [indexKey, ...columns];
  if (hasValues) head.push(valuesKey);
  const body: string[][] = [];
  for (const [key, row] of table) {
    const line = [key];
    for (const column of columns) line.push(row.get(column) ?? '');
    if (hasValues) line.push(values.get(key) ?? '');
    body.push(line);
  }
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...body.map((r) => displayWidth(r[i]))) + 2);
  const pad = (text: string, width: number): string => ` ${text}${' '.repeat(width - displayWidth(text) - 1)}`;
  const line = (left: string, mid: string, right: string): string => left + widths.map((w) => '─'.repeat(w)).join(mid) + right;
  const out = [
    line('┌', '┬', '┐'),
    `│${head.map((h, i) => pad(h, widths[i])).join('│')}│`,
    line('├', '┼', '┤'),
    ...body.map((r) => `│${r.map((c, i) => pad(c, widths[i])).join('│')}│`),
    line('└', '┴', '┘'),
  ];
  return out.join('\n');
}

let globalConsole: Console | null = null;

/** Creates the global console once process.stdout and process.stderr exist. */
export function createGlobalConsole(stdout: WritableLike, stderr: WritableLike): Console {
  globalConsole = new Console({ stdout, stderr });
  return globalConsole;
}

export default new Proxy({} as Console, {
  get: (_, key) => (globalConsole as any)?.[key],
});
