const log = (m) => console.log(m);
function puzzle() {
  log('1 sync');
  setTimeout(() => {
    log('8 timeout');
    Promise.resolve().then(() => log('10 promise in timeout'));
    setImmediate(() => log('12 immediate from timeout'));
    process.nextTick(() => log('9 tick in timeout (before promise)'));
  }, 0);
  setImmediate(() => {
    log('6 immediate');
    process.nextTick(() => log('7 tick in immediate'));
  });
  Promise.resolve().then(() => {
    log('4 promise');
    process.nextTick(() => log('5b tick from promise'));
  });
  process.nextTick(() => {
    log('3 tick');
    Promise.resolve().then(() => log('4c promise from tick'));
  });
  (async () => {
    log('2 async fn sync part');
    await null;
    log('4b after await');
  })();
}
require('fs').readFile(__filename, puzzle);
