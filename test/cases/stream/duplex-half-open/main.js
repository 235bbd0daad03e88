const { Duplex } = require('stream');
for (const allowHalfOpen of [true, false]) {
  const d = new Duplex({ allowHalfOpen, read() {}, write(c, e, cb) { cb(); } });
  d.on('end', () => console.log(allowHalfOpen, 'end', 'writable?', d.writable));
  d.on('finish', () => console.log(allowHalfOpen, 'finish'));
  d.on('close', () => console.log(allowHalfOpen, 'close'));
  d.resume(); d.push(null);
}
