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

show(() => assert.strictEqual('hello world', 'hello there'));
show(() => assert.strictEqual('ab', 'ac'));
show(() => assert.strictEqual('first line\nsecond line', 'first line\nthird line'));
show(() => assert.strictEqual('a'.repeat(50), 'a'.repeat(49) + 'b'));
show(() => assert.strictEqual('x'.repeat(90), 'y'.repeat(90)));
show(() => assert.strictEqual('1\n2\n3\n4\n5\n6\n7\n8', '1\n2\n3\n4\n5\n6\n7\n9'));
