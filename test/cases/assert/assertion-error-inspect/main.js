const assert = require('assert');
const util = require('util');
function caught(fn) { try { fn(); } catch (e) { e.stack = 'STACK'; return e; } }
console.log(util.inspect(caught(() => assert.strictEqual(1, 2))));
console.log(util.inspect(caught(() => assert.deepStrictEqual({ a: { b: 1 } }, [1]))));
console.log(util.inspect(caught(() => assert.strictEqual('line\n'.repeat(20), 'x'))));
console.log(util.inspect(caught(() => assert.strictEqual('a'.repeat(600), 'b'))));
console.log(util.inspect(caught(() => assert.ok(0, 'zero'))));
