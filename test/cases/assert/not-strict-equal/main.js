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

show(() => assert.notStrictEqual(1, 1));
show(() => assert.notStrictEqual('abcdef', 'abcdef'));
show(() => assert.notStrictEqual('abc', 'abc'));
const o = { a: 1, b: [1, 2] };
show(() => assert.notStrictEqual(o, o));
show(() => assert.notStrictEqual({ a: 1 }, { a: 1 }));
show(() => assert.notStrictEqual(1, 1, 'same number'));
