// node layer: Node's `assert` module — the legacy (loose) assert function with its methods, and
// `assert.strict`, whose equal/deepEqual are the strict comparisons.
import { AssertionError, type AssertionErrorOptions } from './internal/assert/assertion_error.js';
import { innerOk } from './internal/assert/utils.js';
import { CallTracker } from './internal/assert/calltracker.js';
import { isDeepEqual, isDeepStrictEqual } from './internal/util/comparisons.js';
import { inspect, isError } from './internal/util/inspect.js';
import { isPromise, isRegExp } from './internal/util/types.js';
import { nodeError } from './internal/errors.js';
import { validateFunction } from './internal/validators.js';
import { setInternalArrow } from './internal/stack.js';
import { emitWarning } from './internal/process/warning.js';

// Where Node's own assert throws each kind of failure: shown above an uncaught AssertionError.
const failArrow = 'node:assert:90\n  throw new AssertionError(obj);\n  ^\n';
const errorMessageArrow = 'node:assert:88\n  if (obj.message instanceof Error) throw obj.message;\n                                    ^\n';
const keyArrow = 'node:assert:377\n      throw err;\n      ^\n';
const primitiveArrow = 'node:assert:423\n      throw err;\n      ^\n';
const expectedArrow = 'node:assert:491\n    throw err;\n    ^\n';
const explicitFailArrow = 'node:assert:137\n  throw err;\n  ^\n';
const ifErrorArrow = 'node:assert:733\n    throw newErr;\n    ^\n';
const matchArrow = 'node:assert:768\n    throw err;\n    ^\n';

function thrown<T extends object>(error: T, arrow: string): T {
  setInternalArrow(error, arrow);
  return error;
}

function innerFail(obj: AssertionErrorOptions): never {
  if (obj.message instanceof Error) throw thrown(obj.message, errorMessageArrow);
  throw thrown(new AssertionError(obj), failArrow);
}

let warnedFail = false;

function fail(actual?: unknown, expected?: unknown, message?: unknown, operator?: string, stackStartFn?: Function): never {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!warnedFail) {
      warnedFail = true;
      emitWarning('assert.fail() with more than one argument is deprecated. Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning', 'DEP0094');
    }
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw thrown(message, explicitFailArrow);
  const err = new AssertionError({
    actual, expected, operator: operator === undefined ? 'fail' : operator, stackStartFn: stackStartFn ?? fail, message,
  });
  if (internalMessage) err.generatedMessage = true;
  throw thrown(err, explicitFailArrow);
}

function ok(...args: unknown[]): void {
  innerOk(ok, args.length, args[0], args[1]);
}

function requireBoth(argsLen: number): void {
  if (argsLen < 2) throw nodeError('ERR_MISSING_ARGS', 'actual', 'expected');
}

function equal(actual: unknown, expected: unknown, message?: unknown): void {
  requireBoth(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
}

function notEqual(actual: unknown, expected: unknown, message?: unknown): void {
  requireBoth(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
}

function deepEqual(actual: unknown, expected: unknown, message?: unknown): void {
  requireBoth(arguments.length);
  if (!isDeepEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
}

function notDeepEqual(actual: unknown, expected: unknown, message?: unknown): void {
  requireBoth(arguments.length);
  if (isDeepEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
}

function deepStrictEqual(actual: unknown, expected: unknown, message?: unknown): void {
  requireBoth(arguments.length);
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
}

function notDeepStrictEqual(actual: unknown, expected: unknown, message?: unknown): void {
  requireBoth(arguments.length);
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  }
}

function strictEqual(actual: unknown, expected: unknown, message?: unknown): void {
  requireBoth(arguments.length);
  if (!Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
}

function notStrictEqual(actual: unknown, expected: unknown, message?: unknown): void {
  requireBoth(arguments.length);
  if (Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
}

/** The keys of a validation object, holding the values a diff should show for each side. */
class Comparison {
  constructor(obj: Record<string, unknown>, keys: string[], actual?: Record<string, unknown>) {
    for (const key of keys) {
      if (!(key in obj)) continue;
      const value = obj[key];
      if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(value) && value.exec(actual[key] as string) !== null) {
        (this as Record<string, unknown>)[key] = actual[key];
      } else {
        (this as Record<string, unknown>)[key] = value;
      }
    }
  }
}

function compareExceptionKey(actual: Record<string, unknown>, expected: Record<string, unknown>, key: string,
  message: unknown, keys: string[], fn: Function): void {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw thrown(err, keyArrow);
  }
  innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
}

function expectedException(actual: unknown, expected: unknown, message: unknown, fn: Function): void {
  let generatedMessage = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (expected.exec(str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
      err.operator = fn.name;
      throw thrown(err, primitiveArrow);
    } else {
      const expectedObject = expected as Record<string, unknown>;
      const keys = Object.keys(expectedObject);
      // An Error instance as the expectation also pins down name and message.
      if (expected instanceof Error) keys.push('name', 'message');
      else if (keys.length === 0) throw nodeError('ERR_INVALID_ARG_VALUE', 'error', expected, 'may not be an empty object');
      const actualObject = actual as Record<string, unknown>;
      for (const key of keys) {
        const pattern = expectedObject[key];
        if (typeof actualObject[key] === 'string' && isRegExp(pattern) && pattern.exec(actualObject[key] as string) !== null) continue;
        compareExceptionKey(actualObject, expectedObject, key, message, keys, fn);
      }
      return;
    }
  } else if ((expected as Function).prototype !== undefined && actual instanceof (expected as Function)) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      const expectedName = (expected as Function).name;
      message = `The error is expected to be an instance of "${expectedName}". Received `;
      if (isError(actual)) {
        const name = (actual.constructor as Function | undefined)?.name || actual.name;
        message += expectedName === name ? 'an error with identical name but a different prototype.' : `"${name}"`;
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    const result = Reflect.apply(expected as Function, {}, [actual]);
    if (result === true) return;
    if (!message) {
      generatedMessage = true;
      const name = (expected as Function).name ? `"${(expected as Function).name}" ` : '';
      message = `The ${name}validation function is expected to return "true". Received ${inspect(result)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }
  const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw thrown(err, expectedArrow);
}

const NO_EXCEPTION = Symbol('no exception');

function getActual(fn: unknown): unknown {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (error) {
    return error;
  }
  return NO_EXCEPTION;
}

function isPromiseLike(value: unknown): value is Promise<unknown> {
  return isPromise(value) || (value !== null && typeof value === 'object' &&
    typeof (value as { then?: unknown }).then === 'function' && typeof (value as { catch?: unknown }).catch === 'function');
}

async function waitForActual(promiseFn: unknown): Promise<unknown> {
  let promise: unknown;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isPromiseLike(promise)) throw nodeError('ERR_INVALID_RETURN_VALUE', 'instance of Promise', 'promiseFn', promise);
  } else if (isPromiseLike(promiseFn)) {
    promise = promiseFn;
  } else {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return NO_EXCEPTION;
}

function expectsError(fn: Function, actual: unknown, error: unknown, message: unknown, argsLen: number): void {
  if (typeof error === 'string') {
    if (argsLen === 3) throw nodeError('ERR_INVALID_ARG_TYPE', 'error', ['Object', 'Error', 'Function', 'RegExp'], error);
    if (typeof actual === 'object' && actual !== null) {
      if ((actual as { message?: unknown }).message === error) {
        throw nodeError('ERR_AMBIGUOUS_ARGUMENT', 'error/message', `The error message "${(actual as { message: string }).message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw nodeError('ERR_AMBIGUOUS_ARGUMENT', 'error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }
  if (actual === NO_EXCEPTION) {
    let details = '';
    const name = (error as { name?: unknown } | undefined)?.name;
    if (name) details += ` (${name})`;
    details += message ? `: ${message}` : '.';
    const kind = fn === rejects ? 'rejection' : 'exception';
    innerFail({ actual: undefined, expected: error, operator: fn.name, message: `Missing expected ${kind}${details}`, stackStartFn: fn });
  }
  if (!error) return;
  expectedException(actual, error, message, fn);
}

function hasMatchingError(actual: unknown, expected: unknown): boolean {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return expected.exec(String(actual)) !== null;
    throw nodeError('ERR_INVALID_ARG_TYPE', 'expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(fn: Function, actual: unknown, error: unknown, message: unknown): void {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const kind = fn === doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: fn.name,
      message: `Got unwanted ${kind}${details}\nActual message: "${(actual as { message?: unknown } | null | undefined)?.message}"`,
      stackStartFn: fn,
    });
  }
  throw actual;
}

function throws(promiseFn: unknown, ...args: unknown[]): void {
  expectsError(throws, getActual(promiseFn), args[0], args[1], args.length + 1);
}

async function rejects(promiseFn: unknown, ...args: unknown[]): Promise<void> {
  expectsError(rejects, await waitForActual(promiseFn), args[0], args[1], args.length + 1);
}

function doesNotThrow(fn: unknown, ...args: unknown[]): void {
  expectsNoError(doesNotThrow, getActual(fn), args[0], args[1]);
}

async function doesNotReject(fn: unknown, ...args: unknown[]): Promise<void> {
  expectsNoError(doesNotReject, await waitForActual(fn), args[0], args[1]);
}

function ifError(err: unknown): void {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof (err as Error).message === 'string') {
    const { message: text, constructor } = err as Error;
    message += text.length === 0 && constructor ? constructor.name : text;
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError });
  // The new error's frames end where the original's begin, so the trace reads as one.
  const origStack = (err as { stack?: unknown }).stack;
  if (typeof origStack === 'string') {
    const origStart = origStack.indexOf('\n    at');
    if (origStart !== -1) {
      const originalFrames = origStack.slice(origStart + 1).split('\n');
      let newFrames = (newErr.stack ?? '').split('\n');
      for (const frame of originalFrames) {
        const pos = newFrames.indexOf(frame);
        if (pos !== -1) {
          newFrames = newFrames.slice(0, pos);
          break;
        }
      }
      newErr.stack = `${newFrames.join('\n')}\n${originalFrames.join('\n')}`;
    }
  }
  throw thrown(newErr, ifErrorArrow);
}

function internalMatch(string: unknown, regexp: unknown, message: unknown, fn: Function): void {
  if (!isRegExp(regexp)) throw nodeError('ERR_INVALID_ARG_TYPE', 'regexp', 'RegExp', regexp);
  const wantMatch = fn === match;
  if (typeof string === 'string' && (regexp.exec(string) !== null) === wantMatch) return;
  if (message instanceof Error) throw thrown(message, matchArrow);
  const generatedMessage = !message;
  if (!message) {
    message = typeof string !== 'string'
      ? `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`
      : `${wantMatch ? 'The input did not match the regular expression ' : 'The input was expected to not match the regular expression '}` +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
  }
  const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw thrown(err, matchArrow);
}

function match(string: unknown, regexp: unknown, message?: unknown): void {
  internalMatch(string, regexp, message, match);
}

function doesNotMatch(string: unknown, regexp: unknown, message?: unknown): void {
  internalMatch(string, regexp, message, doesNotMatch);
}

function strict(...args: unknown[]): void {
  innerOk(strict, args.length, args[0], args[1]);
}

type AssertModule = typeof ok & Record<string, unknown>;
const assert = ok as AssertModule;
const surface: Record<string, unknown> = {
  fail, AssertionError, ok, equal, notEqual, deepEqual, notDeepEqual, deepStrictEqual, notDeepStrictEqual,
  strictEqual, notStrictEqual, throws, rejects, doesNotThrow, doesNotReject, ifError, match, doesNotMatch,
  CallTracker,
};
Object.assign(assert, surface);
Object.assign(strict, assert, {
  equal: strictEqual, deepEqual: deepStrictEqual, notEqual: notStrictEqual, notDeepEqual: notDeepStrictEqual,
});
assert.strict = strict;
(strict as unknown as AssertModule).strict = strict;

export default assert;
export {
  fail, AssertionError, ok, equal, notEqual, deepEqual, notDeepEqual, deepStrictEqual, notDeepStrictEqual,
  strictEqual, notStrictEqual, throws, rejects, doesNotThrow, doesNotReject, ifError, match, doesNotMatch,
  CallTracker, strict,
};
