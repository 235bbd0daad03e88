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

const make = (n, change) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`key${i}`, i === change ? 'changed' : i]));
show(() => assert.deepStrictEqual(make(30, 15), make(30, -1)));
show(() => assert.deepStrictEqual(make(30, 2), make(30, 27)));
show(() => assert.deepStrictEqual(Array(80).fill(0), Array(80).fill(1)));
show(() => assert.deepStrictEqual(make(12, 0), make(12, -1)));
