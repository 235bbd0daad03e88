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

show(() => assert.notEqual(1, '1'));
show(() => assert.notEqual(NaN, NaN));
show(() => assert.notEqual(1, 2));
show(() => assert.notEqual([1], [1]));
