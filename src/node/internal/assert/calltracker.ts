// node layer: assert.CallTracker (deprecated in Node 20, DEP0173) — counts calls of wrapped
// functions and reports those not called the expected number of times.
import { AssertionError } from './assertion_error.js';
import { nodeError } from '../errors.js';
import { validateUint32 } from '../validators.js';
import { emitWarning } from '../process/warning.js';

interface CallRecord {
  thisArg: unknown;
  arguments: unknown[];
}

interface Tracked {
  exact: number;
  name: string;
  stackTrace: Error;
  calls: CallRecord[];
}

export interface CallReport {
  message: string;
  actual: number;
  expected: number;
  operator: string;
  stack: Error;
}

function noop(): void {}

let warned = false;

export class CallTracker {
  private readonly _tracked = new Map<Function, Tracked>();

  constructor() {
    if (!warned) {
      warned = true;
      emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
    }
  }

  private _lookup(fn: unknown): Tracked {
    const record = this._tracked.get(fn as Function);
    if (!record) throw nodeError('ERR_INVALID_ARG_VALUE', 'fn', fn, 'is not a tracked function');
    return record;
  }

  getCalls(fn: Function): CallRecord[] {
    return Object.freeze([...this._lookup(fn).calls]) as CallRecord[];
  }

  reset(fn?: Function): void {
    if (fn === undefined) {
      for (const record of this._tracked.values()) record.calls = [];
      return;
    }
    this._lookup(fn).calls = [];
  }

  calls(fn?: unknown, exact?: unknown): Function {
    if (typeof fn === 'number') {
      exact = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    if (exact === undefined) exact = 1;
    else validateUint32(exact, 'exact', true);
    const target = fn as Function;
    const record: Tracked = {
      exact: exact as number,
      name: target.name || 'calls',
      stackTrace: new Error(),
      calls: [],
    };
    const tracked = this._tracked;
    const proxy = new Proxy(target, {
      apply(fnTarget, thisArg, args) {
        record.calls.push({ thisArg, arguments: args });
        return Reflect.apply(fnTarget, thisArg, args);
      },
    });
    tracked.set(proxy, record);
    return proxy;
  }

  report(): CallReport[] {
    const errors: CallReport[] = [];
    for (const record of this._tracked.values()) {
      if (record.calls.length !== record.exact) {
        errors.push({
          message: `Expected the ${record.name} function to be executed ${record.exact} time(s) but was executed ${record.calls.length} time(s).`,
          actual: record.calls.length,
          expected: record.exact,
          operator: record.name,
          stack: record.stackTrace,
        });
      }
    }
    return errors;
  }

  verify(): void {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1
      ? errors[0].message
      : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}
