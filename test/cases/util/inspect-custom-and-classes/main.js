const util = require('util');
class Money { constructor(v) { this.v = v; } [util.inspect.custom](depth, opts, inspect) { return 'Money<' + inspect(this.v, opts) + '> depth=' + depth; } }
console.log(util.inspect(new Money(5)), util.inspect({ m: new Money('x') }), [new Money(1)]);
class Plain { constructor() { this.x = 1; } }
class Sub extends Plain {}
console.log(new Plain(), new Sub(), Object.create(null), Object.assign(Object.create(null), { a: 1 }));
console.log(util.inspect(new (class extends Map {})([[1, 2]])), util.inspect(Object.create(Plain.prototype)));
class Tagged { get [Symbol.toStringTag]() { return 'TAG'; } }
console.log(new Tagged(), { [Symbol('s')]: 1, 'key with space': 2, valid_id: 3, 1: 4 });
const returnsObj = { [util.inspect.custom]() { return { replaced: true }; } };
console.log(returnsObj, util.inspect(returnsObj, { customInspect: false }));
console.log(util.inspect(function named() {}), util.inspect(async () => {}), util.inspect(function* gen() {}), util.inspect(class A {}), util.inspect(Symbol('q')));
