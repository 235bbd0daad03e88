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

show(() => assert.deepStrictEqual(new TypeError('a'), new TypeError('a')));
show(() => assert.deepStrictEqual(new TypeError('a'), new RangeError('a')));
show(() => assert.deepEqual(new Error('a'), new Error('b')));
