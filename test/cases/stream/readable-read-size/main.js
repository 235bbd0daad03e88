const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push('abcdefghij'); r.push(null);
r.once('readable', () => {
  console.log(String(r.read(3)), String(r.read(4)), r.read(10), String(r.read()), r.read());
});
r.on('end', () => console.log('end'));
const r2 = new Readable({ read() {} });
r2.push('xy');
console.log('before end read(5):', r2.read(5), 'read(0):', r2.read(0));
