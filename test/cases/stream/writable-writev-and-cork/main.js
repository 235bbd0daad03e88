const { Writable } = require('stream');
const w = new Writable({
  write(c, e, cb) { console.log('_write', String(c)); cb(); },
  writev(chunks, cb) { console.log('_writev', chunks.map((x) => String(x.chunk) + ':' + x.encoding)); cb(); },
});
w.cork(); w.write('a'); w.write('b'); w.write(Buffer.from('c'));
console.log('corked', w.writableCorked, w.writableLength);
process.nextTick(() => w.uncork());
setImmediate(() => { w.write('solo'); w.end(); });
w.on('finish', () => console.log('finish'));
