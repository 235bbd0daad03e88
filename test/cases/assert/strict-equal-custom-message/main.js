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

show(() => assert.strictEqual(1, 2, 'numbers differ'));
show(() => assert.strictEqual({ a: 1 }, { a: 2 }, 'objects differ'));
show(() => assert.strictEqual('abcdefghijklmnop', 'abcdefghijklmnoq', 'strings differ'));
show(() => assert.strictEqual(1, 2, ''));
show(() => assert.strictEqual(1, 2, new RangeError('own error')));
show(() => assert.deepStrictEqual([1], [2], 'arrays differ'));
