// With no handler, SIGTERM takes its default action: the process dies of the signal.
console.log('before');
setTimeout(() => console.log('never printed'), 1000);
process.kill(process.pid, 'SIGTERM');
setImmediate(() => console.log('not reached either'));
