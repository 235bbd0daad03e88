const assert = require('assert');
assert.notStrictEqual(5, 5, 'five is five');
