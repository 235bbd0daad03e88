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

show(() => assert(false));
show(() => assert.ok(0));
show(() => assert(''));
const value = null;
show(() => assert(value && value.x, undefined));
show(() => assert  (typeof 1 === 'string'));
const { ok } = assert;
show(() => ok(NaN));
show(() => assert.strict.ok(undefined));
show(() => assert(true));
