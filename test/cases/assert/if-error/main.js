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

show(() => assert.ifError(null));
show(() => assert.ifError(undefined));
show(() => assert.ifError('string error'));
show(() => assert.ifError(0));
show(() => assert.ifError(new TypeError('typed')));
show(() => assert.ifError(new Error('')));
show(() => assert.ifError({ message: 'obj' }));
try { assert.ifError(new Error('inner')); } catch (err) { console.log(err.actual.message, err.expected); }
