console.log(process.stdout.isTTY, process.stderr.isTTY, process.stdin.isTTY);
console.log(process.stdout.fd, process.stderr.fd, process.stdin.fd);
const r = process.stdout.write('written without newline');
process.stdout.write(' ... then newline\n');
console.log(typeof r);
process.stderr.write('to stderr\n');
process.stdout.write(Buffer.from('buffer bytes\n'));
process.stdout.write(new Uint8Array([0x75, 0x38, 0x0a]));
process.stdout.write('callback form\n', () => console.log('write callback called'));
process.stdout.write('68656c6c6f0a', 'hex');
console.log(process.stdout.writable, typeof process.stdout.on, typeof process.stdout.columns);
try { process.stdout.write(42); } catch (e) { console.log(e.code, e.message); }
