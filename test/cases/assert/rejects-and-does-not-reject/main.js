const assert = require('assert');
async function show(fn) {
  try {
    await fn();
    console.log('no error');
  } catch (err) {
    console.log(`${err.name} ${err.code} generated=${err.generatedMessage} operator=${err.operator}`);
    console.log(err.message);
    console.log('---');
  }
}
(async () => {
  await show(() => assert.rejects(Promise.reject(new Error('no')), /no/));
  await show(() => assert.rejects(Promise.resolve(1)));
  await show(() => assert.rejects(() => Promise.resolve(1), Error));
  await show(() => assert.rejects(async () => { throw new TypeError('t'); }, RangeError));
  await show(() => assert.rejects(Promise.reject(new Error('q')), { message: 'r' }));
  await show(() => assert.rejects(5));
  await show(() => assert.doesNotReject(Promise.resolve(2)));
  await show(() => assert.doesNotReject(Promise.reject(new Error('q'))));
  await show(() => assert.doesNotReject(() => Promise.reject(new Error('q')), 'why'));
  await show(() => assert.doesNotReject(Promise.reject(new TypeError('q')), RangeError));
  const p = assert.rejects(Promise.reject(new Error('z')));
  console.log(p instanceof Promise);
  await p;
})();
