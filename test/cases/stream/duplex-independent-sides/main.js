const { Duplex } = require('stream');
const d = new Duplex({
  read() {},
  write(chunk, enc, cb) { console.log('written', String(chunk)); this.push(String(chunk).toUpperCase()); cb(); },
  final(cb) { console.log('final'); this.push(null); cb(); },
});
d.on('data', (c) => console.log('read', String(c)));
d.on('end', () => console.log('end'));
d.on('finish', () => console.log('finish'));
d.on('close', () => console.log('close'));
d.write('one'); d.end('two');
console.log(d.readable, d.writable, d.allowHalfOpen);
