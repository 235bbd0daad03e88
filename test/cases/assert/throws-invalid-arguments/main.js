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

show(() => assert.throws('not a function'));
show(() => assert.throws(() => { throw new Error('x'); }, 5));
show(() => assert.throws(() => { throw new Error('x'); }, {}));
show(() => assert.throws(() => { throw new Error('x'); }, 'x'));
show(() => assert.throws(() => { throw 'x'; }, 'x'));
show(() => assert.throws(() => { throw new Error('x'); }, 'msg', 'again'));
