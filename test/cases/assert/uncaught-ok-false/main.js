const assert = require('assert');
const list = [];
assert(list.length > 0);
