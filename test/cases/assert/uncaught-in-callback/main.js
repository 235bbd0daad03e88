const assert = require('assert');
setTimeout(() => {
  assert.ok(typeof 42 === 'string');
}, 1);
