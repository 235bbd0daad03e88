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

show(() => assert.ok());
show(() => assert(false, 'custom text'));
show(() => assert(0, new TypeError('mine')));
show(() => assert.ok(null, 42));
