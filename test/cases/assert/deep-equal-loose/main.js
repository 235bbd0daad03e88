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

show(() => assert.deepEqual({ a: 1 }, { a: '1' }));
show(() => assert.deepEqual({ a: 1 }, { a: 2 }));
show(() => assert.deepEqual([1, 2], ['1', 3]));
show(() => assert.deepEqual(1, 2));
show(() => assert.deepEqual({ a: [1, 2, { b: 3 }] }, { a: [1, 2, { b: 4 }] }));
