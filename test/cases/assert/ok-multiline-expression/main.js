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

function check(list) {
  assert(
    list.includes(3) &&
      list.length > 1
  );
}
show(() => check([1, 2]));
show(() =>   assert.ok(
  1 === 2,
  undefined
));
