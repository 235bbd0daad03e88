const first = require('./counter');
console.log('first', first.n);
console.log(require('./counter') === first);
const key = require.resolve('./counter');
console.log(key in require.cache, require.cache[key].exports === first, require.cache[key].loaded);
delete require.cache[key];
const second = require('./counter');
console.log('second', second.n, second === first);
// replacing a cache entry is honoured
require.cache[key].exports = { n: 'patched' };
console.log(require('./counter').n);
