const { Readable, Writable, PassThrough } = require('stream');
const r = new Readable({ read() {} });
const w = new Writable({ write(c, e, cb) { console.log('w got', String(c)); cb(); } });
w.on('pipe', (src) => console.log('pipe event', src === r));
w.on('unpipe', (src) => console.log('unpipe event', src === r));
w.on('finish', () => console.log('finish (should not happen)'));
console.log(r.pipe(w) === w);
r.push('first');
setImmediate(() => {
  r.unpipe(w);
  r.push('second');
  console.log('flowing after unpipe', r.readableFlowing, r.readableLength);
  const p = new PassThrough(); r.pipe(p, { end: false });
  p.on('data', (c) => console.log('p got', String(c)));
  r.push(null);
  r.on('end', () => console.log('r end; p still writable', p.writable));
});
