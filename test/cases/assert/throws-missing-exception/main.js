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

show(() => assert.throws(() => {}));
show(() => assert.throws(() => {}, 'should have thrown'));
show(() => assert.throws(() => {}, TypeError));
show(() => assert.throws(() => {}, TypeError, 'with message'));
show(() => assert.throws(() => {}, /x/));
show(() => assert.throws(() => {}, { message: 'x' }));
