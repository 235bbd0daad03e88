const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push('hello '); r.push('world');
console.log('length', r.readableLength, 'flowing', r.readableFlowing);
r.on('readable', () => {
  let chunk;
  console.log('readable, length', r.readableLength);
  while ((chunk = r.read()) !== null) console.log('read', JSON.stringify(chunk.toString()));
});
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
setTimeout(() => { r.push('more'); r.push(null); }, 10);
