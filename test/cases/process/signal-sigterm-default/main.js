process.on('exit', () => console.log('exit event does not run on a fatal signal'));
console.log('about to kill self');
process.kill(process.pid, 'SIGTERM');
setTimeout(() => console.log('never'), 1000);
