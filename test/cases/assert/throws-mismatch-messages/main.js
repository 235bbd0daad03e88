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

const boom = () => { throw new Error('boom'); };
show(() => assert.throws(boom, TypeError));
show(() => assert.throws(boom, /nope/));
show(() => assert.throws(boom, { message: 'other' }));
show(() => assert.throws(boom, { message: 'other', name: 'Error' }));
show(() => assert.throws(boom, { code: 'E_X' }));
show(() => assert.throws(boom, { message: /zzz/ }));
show(() => assert.throws(boom, () => false));
show(() => assert.throws(boom, function check() { return 1; }));
show(() => assert.throws(boom, new Error('other')));
show(() => assert.throws(() => { throw 'text'; }, { message: 'x' }));
show(() => assert.throws(() => { throw new Error('boom'); }, TypeError, 'expected a type error'));
class MyError extends Error {}
show(() => assert.throws(() => { throw new (class MyError extends Error {})('same name'); }, MyError));
