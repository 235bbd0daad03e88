const util = require('util');
const o = { get a() { return 1; }, set b(v) {}, get c() { return { deep: true }; }, set c(v) {} };
console.log(util.inspect(o), util.inspect(o, { getters: true }), util.inspect(o, { getters: 'get' }));
const throwing = { get bad() { throw new Error('getter threw'); } };
console.log(util.inspect(throwing, { getters: true }));
