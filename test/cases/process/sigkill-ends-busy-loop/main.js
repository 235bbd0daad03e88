// A process spinning in a loop is ended by SIGKILL: nothing after the kill runs, no exit event.
process.on('exit', () => console.log('exit handlers do not run on SIGKILL'));
console.log('spinning');
let n = 0;
for (;;) {
  n++;
  if (n === 1000000) process.kill(process.pid, 'SIGKILL');
}
