console.log('before exit');
process.exit(7);
console.log('never printed');
