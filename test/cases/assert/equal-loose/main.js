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

show(() => assert.equal(1, '1'));
show(() => assert.equal(NaN, NaN));
show(() => assert.equal(null, undefined));
show(() => assert.equal(1, 2));
show(() => assert.equal('a', 'b', 'letters differ'));
show(() => assert.equal({ a: 1 }, { a: 1 }));
show(() => assert.equal(1));
