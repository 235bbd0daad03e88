const assert = require('assert');
const { AssertionError } = assert;
const err = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(err instanceof Error, err.name, err.code, err.generatedMessage);
console.log(Object.keys(err));
console.log(String(err));
console.log(err.stack.split('\n')[0]);
const custom = new AssertionError({ message: 'my message', actual: 'a', expected: 'b', operator: 'fancy' });
console.log(custom.message, custom.generatedMessage, custom.operator);
console.log(new AssertionError({ actual: 1, expected: 2, operator: 'weird' }).message);
console.log(new AssertionError({ actual: 1, expected: 2 }).message);
try { new AssertionError(); } catch (e) { console.log(e.code, e.message); }
try { new AssertionError('text'); } catch (e) { console.log(e.code, e.message); }
console.log(AssertionError.name, typeof AssertionError.prototype.toString);
