// node layer: assert's AssertionError — its fields, and the message Node 20 composes for each
// operator, line diff of strictEqual/deepStrictEqual included.
import { inspect } from '../util/inspect.js';
import { validateObject } from '../validators.js';

const headers: Record<string, string> = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

/** Two values shorter than this together, on one line each, are shown as `a !== b`. */
const kMaxShortLength = 12;
/** Terminal width assumed for the caret under the first differing character (stderr is no TTY). */
const kColumns = 80;

const inspectOptions = {
  compact: false,
  customInspect: false,
  depth: 1000,
  maxArrayLength: Infinity,
  showHidden: false,
  showProxy: false,
  sorted: true,
  getters: true,
};

export function inspectValue(value: unknown): string {
  return inspect(value, inspectOptions);
}

/** A stack-less stand-in for an error, so a diff of two errors shows what differs, not where. */
function copyError(source: Error): Error {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(source)), source) as Error;
  Object.defineProperty(copy, 'message', { value: source.message });
  return copy;
}

function isObjectLike(value: unknown): boolean {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

/** Up to three unchanged lines around a change are shown; longer runs are cut to `...`. */
function flushIdentical(lines: string[], i: number, identical: number, out: { text: string; skipped: boolean }): number {
  let printed = 0;
  if (identical > 2) {
    if (identical > 3) {
      if (identical > 4) {
        if (identical === 5) {
          out.text += `\n  ${lines[i - 3]}`;
          printed++;
        } else {
          out.text += '\n...';
          out.skipped = true;
        }
      }
      out.text += `\n  ${lines[i - 2]}`;
      printed++;
    }
    out.text += `\n  ${lines[i - 1]}`;
    printed++;
  }
  return printed;
}

function createErrDiff(actual: unknown, expected: unknown, operator: string, header: string | undefined): string {
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const title = header || headers[operator];
  let i = 0;
  let indicator = '';
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const a = actualLines[0];
    const b = expectedLines[0];
    const inputLength = a.length + b.length;
    if (inputLength <= kMaxShortLength) {
      if ((typeof actual !== 'object' || actual === null) && (typeof expected !== 'object' || expected === null) &&
          (actual !== 0 || expected !== 0)) {
        return `${title}\n\n${a} !== ${b}\n`;
      }
    } else if (operator !== 'strictEqualObject' && inputLength < kColumns) {
      while (a[i] === b[i]) i++;
      // A caret under the first two characters would point at the quote: not worth showing.
      if (i > 2) {
        indicator = `\n  ${' '.repeat(i)}^`;
        i = 0;
      }
    }
  }

  // Matching trailing lines are left out of the diff, all but the last three.
  let end = '';
  let other = '';
  let lastA = actualLines[actualLines.length - 1];
  let lastB = expectedLines[expectedLines.length - 1];
  while (lastA === lastB) {
    if (i++ < 3) end = `\n  ${lastA}${end}`;
    else other = lastA;
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    lastA = actualLines[actualLines.length - 1];
    lastB = expectedLines[expectedLines.length - 1];
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    const lines = actualInspected.split('\n');
    if (lines.length > 50) {
      lines[46] = '...';
      lines.length = 47;
    }
    return `${headers.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  const out = { text: '', skipped: false };
  if (i >= 5) {
    end = `\n...${end}`;
    out.skipped = true;
  }
  if (other !== '') {
    end = `\n  ${other}${end}`;
    other = '';
  }

  let printedLines = 0;
  let identical = 0;
  const msg = `${title}\n+ actual - expected`;
  const skippedMsg = ' ... Lines skipped';
  let lines = actualLines;
  let plusMinus = '+';
  let shorter = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = '-';
    shorter = actualLines.length;
  }

  for (i = 0; i < maxLines; i++) {
    if (shorter < i + 1) {
      // Only one side has lines left.
      printedLines += flushIdentical(lines, i, identical, out);
      identical = 0;
      if (lines === actualLines) out.text += `\n${plusMinus} ${lines[i]}`;
      else other += `\n${plusMinus} ${lines[i]}`;
      printedLines++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      let diverging = actualLine !== expectedLine && (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      // A line equal but for the comma the other side adds is not a change.
      if (diverging && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        diverging = false;
        actualLine += ',';
      }
      if (diverging) {
        printedLines += flushIdentical(actualLines, i, identical, out);
        identical = 0;
        // Expected lines wait in `other`, so a run of changes reads +++--- rather than +-+-+-.
        out.text += `\n+ ${actualLine}`;
        other += `\n- ${expectedLine}`;
        printedLines += 2;
      } else {
        out.text += other;
        other = '';
        identical++;
        if (identical <= 2) {
          out.text += `\n  ${actualLine}`;
          printedLines++;
        }
      }
    }
    if (printedLines > 50 && i < maxLines - 2) {
      return `${msg}${skippedMsg}\n${out.text}\n...${other}\n...`;
    }
  }
  return `${msg}${out.skipped ? skippedMsg : ''}\n${out.text}${other}${end}${indicator}`;
}

/**
 * Long strings are cut in the inspected error: to ten lines, or — over 512 characters — to what
 * follows the first 512 (Node 20 keeps the tail, not the head).
 */
function addEllipsis(value: string): string {
  const lines = value.split('\n', 11);
  if (lines.length > 10) return `${lines.slice(0, 10).join('\n')}\n...`;
  if (value.length > 512) return `${value.slice(512)}...`;
  return value;
}

export interface AssertionErrorOptions {
  message?: unknown;
  actual?: unknown;
  expected?: unknown;
  operator?: string;
  stackStartFn?: Function;
  stackStartFunction?: Function;
  details?: unknown;
}

function composeMessage(actual: unknown, expected: unknown, operator: string | undefined, message: unknown): string {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createErrDiff(actual, expected, operator, message ? String(message) : undefined);
  }
  if (message != null) return String(message);
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let base = headers[operator];
    const lines = inspectValue(actual).split('\n');
    if (operator === 'notStrictEqual' && isObjectLike(actual)) base = headers.notStrictEqualObject;
    if (lines.length > 50) {
      lines[46] = '...';
      lines.length = 47;
    }
    if (lines.length === 1) return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
    return `${base}\n\n${lines.join('\n')}\n`;
  }
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const known = operator === undefined ? undefined : headers[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${known}\n\n${res}`;
    return res.length > 1024 ? `${res.slice(0, 1021)}...` : res;
  }
  if (res.length > 512) res = `${res.slice(0, 509)}...`;
  if (other.length > 512) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${known}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequal = headers[`${operator}Unequal`];
    if (unequal) res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    else other = ` ${operator} ${other}`;
  }
  return `${res}${other}`;
}

export class AssertionError extends Error {
  declare generatedMessage: boolean;
  declare code: 'ERR_ASSERTION';
  declare actual: unknown;
  declare expected: unknown;
  declare operator: string;

  constructor(input: AssertionErrorOptions) {
    validateObject(input, 'options');
    const options = input as AssertionErrorOptions;
    const { message, operator, stackStartFn, details } = options;
    let { actual, expected } = options;
    if (actual instanceof Error && expected instanceof Error && 'stack' in actual && 'stack' in expected) {
      actual = copyError(actual);
      expected = copyError(expected);
    }
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(composeMessage(actual, expected, operator, message));
    Error.stackTraceLimit = limit;
    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined as unknown as string;
      (details as Array<Record<string, unknown>>).forEach((detail, i) => {
        (this as unknown as Record<string, unknown>)[`message ${i}`] = detail.message;
        (this as unknown as Record<string, unknown>)[`actual ${i}`] = detail.actual;
        (this as unknown as Record<string, unknown>)[`expected ${i}`] = detail.expected;
        (this as unknown as Record<string, unknown>)[`operator ${i}`] = detail.operator;
        (this as unknown as Record<string, unknown>)[`stack trace ${i}`] = detail.stack;
      });
    } else {
      this.actual = options.actual;
      this.expected = options.expected;
      this.operator = operator as string;
    }
    Error.captureStackTrace(this, stackStartFn ?? options.stackStartFunction);
    void this.stack;
    this.name = 'AssertionError';
  }

  override toString(): string {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](_depth: number, ctx: object): string {
    const savedActual = this.actual;
    const savedExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
    if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = savedActual;
    this.expected = savedExpected;
    return result;
  }
}
