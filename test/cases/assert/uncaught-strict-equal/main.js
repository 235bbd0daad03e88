const assert = require('assert');
console.log('before');
assert.strictEqual(1, 2);
