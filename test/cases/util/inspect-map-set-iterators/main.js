const util = require('util');
const m = new Map([[1, 'one'], [2, 'two']]), s = new Set(['a', 'b']);
console.log(util.inspect(m.keys()), util.inspect(m.values()), util.inspect(m.entries()), util.inspect(m[Symbol.iterator]()));
console.log(util.inspect(s.values()), util.inspect(s.entries()), util.inspect(new Map().keys()));
const it = m.keys(); it.next(); console.log(util.inspect(it), [...it]);
