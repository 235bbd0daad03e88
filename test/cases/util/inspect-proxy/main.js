const util = require('util');
const p = new Proxy({ target: 1 }, { get: () => 'trap' });
console.log(util.inspect(p), util.inspect(p, { showProxy: true }));
console.log(util.types.isProxy(p), util.inspect(new Proxy([1, 2], {})), util.inspect(new Proxy(function f() {}, {})));
