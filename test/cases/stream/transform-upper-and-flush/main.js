const { Transform } = require('stream');
const t = new Transform({
  transform(chunk, enc, cb) { console.log('transform', String(chunk), enc); cb(null, String(chunk).toUpperCase()); },
  flush(cb) { console.log('flush'); this.push('[tail]'); cb(); },
});
t.on('data', (c) => console.log('data', String(c)));
for (const ev of ['end', 'finish', 'close']) t.on(ev, () => console.log(ev));
t.write('abc'); t.write('def'); t.end('g');
