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

show(() => assert.fail());
show(() => assert.fail('boom'));
show(() => assert.fail(new TypeError('typed failure')));
show(() => assert.fail(1, 2));
show(() => assert.fail(1, 2, undefined, '>'));
show(() => assert.fail(1, 2, 'with message'));
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
