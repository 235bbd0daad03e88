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

show(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }));
show(() => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 2, b: [1, 3] }));
show(() => assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2 }));
show(() => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1 }));
show(() => assert.deepStrictEqual({ a: 1 }, { a: '1' }));
show(() => assert.deepStrictEqual({ a: 1 }, { a: 1 }));
show(() => assert.deepStrictEqual({ a: Symbol() }, { a: Symbol() }));
show(() => assert.deepStrictEqual(Object.create(null), {}));
