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

show(() => assert.throws(() => { throw new TypeError('bad'); }, TypeError));
show(() => assert.throws(() => { throw new TypeError('bad'); }, /bad/));
show(() => assert.throws(() => { throw new TypeError('bad'); }, { name: 'TypeError', message: 'bad' }));
show(() => assert.throws(() => { throw new TypeError('bad'); }, { message: /ba/ }));
show(() => assert.throws(() => { throw new TypeError('bad'); }, (err) => err instanceof TypeError));
show(() => assert.throws(() => { throw new TypeError('bad'); }, new TypeError('bad')));
show(() => assert.throws(() => { throw new TypeError('bad'); }));
