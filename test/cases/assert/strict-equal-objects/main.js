const assert = require('assert');
function show(fn) {
  try {
    fn();
    console.log('no error');
  } catch (err) {
    console.log(`${err.name} ${err.code} generated=${err.generatedMessage} operator=${err.operator}`);
    console.log(err.message);
    console.log('---');
  }
}

show(() => assert.strictEqual({ a: 1 }, { a: 1 }));
show(() => assert.strictEqual([1, 2], [1, 3]));
show(() => assert.strictEqual({ a: 1 }, { a: 2 }));
show(() => assert.strictEqual(function f() {}, function f() {}));
show(() => assert.strictEqual({ a: 1 }, 1));
