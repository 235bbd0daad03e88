// run from an I/O callback so that the immediate deterministically precedes the timeout
require('fs').readFile(__filename, () => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  Promise.resolve().then(() => console.log('promise 1')).then(() => console.log('promise 2'));
  process.nextTick(() => {
    console.log('tick 1');
    process.nextTick(() => console.log('tick nested'));
    Promise.resolve().then(() => console.log('promise from tick'));
  });
  process.nextTick((a, b) => console.log('tick 2 args', a, b), 'x', 'y');
  queueMicrotask(() => {
    console.log('microtask');
    process.nextTick(() => console.log('tick from microtask'));
  });
  console.log('sync');
});
