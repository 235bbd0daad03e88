queueMicrotask(() => console.log('microtask 1'));
Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => {
  console.log('microtask 2');
  queueMicrotask(() => console.log('nested microtask'));
});
process.nextTick(() => console.log('nextTick first'));
console.log('sync');
try { queueMicrotask('not a function'); } catch (e) { console.log(e.code, e.message); }
