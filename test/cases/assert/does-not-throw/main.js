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

show(() => assert.doesNotThrow(() => {}));
show(() => assert.doesNotThrow(() => { throw new Error('oops'); }));
show(() => assert.doesNotThrow(() => { throw new Error('oops'); }, 'explain'));
show(() => assert.doesNotThrow(() => { throw new TypeError('oops'); }, TypeError, 'typed'));
show(() => assert.doesNotThrow(() => { throw new TypeError('oops'); }, RangeError));
show(() => assert.doesNotThrow(() => { throw new TypeError('oops'); }, /oops/));
show(() => assert.doesNotThrow(() => { throw new TypeError('oops'); }, 5));
show(() => assert.doesNotThrow(() => { throw 'str'; }));
