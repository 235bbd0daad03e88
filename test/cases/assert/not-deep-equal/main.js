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

show(() => assert.notDeepEqual({ a: 1 }, { a: '1' }));
show(() => assert.notDeepEqual({ a: 1 }, { a: 2 }));
show(() => assert.notDeepEqual(1, 2));
show(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
show(() => assert.notDeepStrictEqual(1, 1));
show(() => assert.notDeepStrictEqual('long string here', 'long string here'));
show(() => assert.notDeepStrictEqual({ a: 1 }, { a: '1' }));
