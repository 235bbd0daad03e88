// inside an I/O callback the check phase (immediates) comes before the next timers phase
require('fs').readFile(__filename, () => {
  setImmediate(() => {
    console.log('immediate 1');
    setImmediate(() => console.log('immediate from immediate (next loop iteration)'));
    process.nextTick(() => console.log('tick between immediates'));
    Promise.resolve().then(() => console.log('promise between immediates'));
  });
  setImmediate((x) => console.log('immediate 2', x), 'arg');
  setTimeout(() => {
    console.log('timeout A');
    process.nextTick(() => console.log('tick after timeout A'));
  }, 0);
  setTimeout(() => console.log('timeout B'), 0);
});
