setTimeout(function onTimer() {
  const err = new TypeError('thrown in a timer');
  err.code = 'E_TIMER';
  throw err;
}, 1);
setTimeout(() => console.log('never: process dies first'), 50);
