// node layer: the `node:test` module's face. nodeling has no test runner yet: the module loads
// (so feature checks like `typeof require('node:test')` answer as on Node) and fails loudly when used.
import { nodeError } from './internal/errors.js';

function notImplemented(): never {
  throw nodeError('ERR_NOT_IMPLEMENTED', 'The node:test runner');
}

/** `test()` itself is the module; its helpers hang off it, in Node's key order. */
function test(..._args: unknown[]): never {
  return notImplemented();
}

const runner = test as typeof test & Record<string, unknown>;
for (const name of ['skip', 'todo', 'only', 'after', 'afterEach', 'before', 'beforeEach', 'describe', 'it', 'run', 'suite']) {
  runner[name] = function (..._args: unknown[]): never {
    return notImplemented();
  };
  Object.defineProperty(runner[name], 'name', { value: name });
}
runner.test = test;
runner.mock = {};

export default runner;
