process.exitCode = 3;
setTimeout(() => { console.log('timer ran, exitCode =', process.exitCode); }, 5);
process.on('exit', (code) => console.log('exit event code', code));
