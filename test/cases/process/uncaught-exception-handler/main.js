process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, origin);
});
setTimeout(() => {
  console.log('timer still runs');
  throw new Error('second');
}, 1);
process.on('exit', (code) => console.log('exit', code));
throw new Error('first');
