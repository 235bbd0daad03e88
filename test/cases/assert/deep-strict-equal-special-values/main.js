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

show(() => assert.deepStrictEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 2 }]])));
show(() => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
show(() => assert.deepStrictEqual(new Date(0), new Date(1000)));
show(() => assert.deepStrictEqual(/a/g, /a/i));
show(() => assert.deepStrictEqual(new Error('a'), new Error('b')));
show(() => assert.deepStrictEqual(NaN, NaN));
show(() => assert.deepStrictEqual(-0, 0));
show(() => assert.deepStrictEqual(Buffer.from('ab'), Buffer.from('ac')));
