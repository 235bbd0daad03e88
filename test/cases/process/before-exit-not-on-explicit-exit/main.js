process.on('beforeExit', () => console.log('beforeExit (should not run)'));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => process.exit(2), 1);
