setTimeout(() => {
  Promise.resolve().then(() => console.log('t1 promise'));
  process.nextTick(() => console.log('t1 tick'));
  console.log('t1');
}, 0);
setTimeout(() => {
  Promise.resolve().then(() => console.log('t2 promise'));
  process.nextTick(() => console.log('t2 tick'));
  console.log('t2');
}, 0);
