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

show(() => assert.match('I will pass', /pass$/));
show(() => assert.match('I will fail', /pass$/));
show(() => assert.match(123, /pass$/));
show(() => assert.match('abc', 'abc'));
show(() => assert.match('abc', /x/, 'custom match message'));
show(() => assert.doesNotMatch('I will fail', /fail/));
show(() => assert.doesNotMatch('I will pass', /different/));
show(() => assert.doesNotMatch({}, /x/));
show(() => assert.match('multi\nline', /zzz/));
