const assert = require('assert');
assert.fail('this always fails');
