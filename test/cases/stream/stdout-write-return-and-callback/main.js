const ok = process.stdout.write('first line\n', () => process.stdout.write('callback ran\n'));
console.log(typeof ok);
process.stdout.write(Buffer.from('buffer write\n'));
process.stdout.write('68690a', 'hex');
process.stdout.on('finish', () => console.error('stdout finish'));
