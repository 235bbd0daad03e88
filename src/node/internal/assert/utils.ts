// node layer: assert.ok's failure — and the source text of the failing call, which Node reads back
// from the caller's file to say which expression was falsy.
import { AssertionError } from './assertion_error.js';
import { isError } from '../util/inspect.js';
import { setInternalArrow, throwSiteOf } from '../stack.js';
import { readFileSync } from '../../fs.js';
import { callExpressionAt } from './source.js';

const okArrow = 'node:internal/assert/utils:281\n    throw err;\n    ^\n';

function sourceMessage(fn: Function): string | undefined {
  const holder = {};
  Error.captureStackTrace(holder, fn);
  const site = throwSiteOf(holder);
  if (!site) return undefined;
  let source: string;
  try {
    source = readFileSync(site.file, 'utf8') as string;
  } catch {
    return undefined;
  }
  let lineStart = 0;
  for (let line = 1; line < site.line; line++) {
    lineStart = source.indexOf('\n', lineStart) + 1;
    if (lineStart === 0) return undefined;
  }
  const code = callExpressionAt(source.slice(lineStart), site.column - 1);
  if (code === undefined) return undefined;
  return `The expression evaluated to a falsy value:\n\n  ${code}\n`;
}

export function innerOk(fn: Function, argLen: number, value: unknown, message: unknown): void {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = sourceMessage(fn);
  } else if (isError(message)) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  setInternalArrow(err, okArrow);
  throw err;
}
