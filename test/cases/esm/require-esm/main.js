const m = require('./e.mjs');
console.log(m, m.default(), m[Symbol.toStringTag], Object.keys(m));
console.log(require('./e.mjs') === m);
const n = require('./nod.mjs');
console.log(n, require.cache[require.resolve('./nod.mjs')].loaded);
import('./nod.mjs').then((ns) => console.log(ns === n));
try { require('./tla.mjs'); } catch (e) { console.log(e.code, e.message); }
