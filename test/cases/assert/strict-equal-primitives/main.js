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

show(() => assert.strictEqual(1, 2));
show(() => assert.strictEqual(1, '1'));
show(() => assert.strictEqual(0, -0));
show(() => assert.strictEqual(NaN, NaN));
show(() => assert.strictEqual(null, undefined));
show(() => assert.strictEqual(true, 1));
show(() => assert.strictEqual(10n, 10));
show(() => assert.strictEqual(Symbol('a'), Symbol('a')));
