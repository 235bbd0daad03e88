const assert = require('assert');
assert.equal('apples', 'oranges');
