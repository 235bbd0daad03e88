const { Transform } = require('stream');
const split = new Transform({
  readableObjectMode: true,
  transform(chunk, enc, cb) { for (const w of String(chunk).split(' ')) this.push(w); cb(); },
});
split.on('data', (w) => console.log('word', w));
split.end('a bb ccc');
const bad = new Transform({ transform(chunk, enc, cb) { cb(new Error('cannot transform ' + chunk)); } });
bad.on('error', (e) => console.log('error', e.message, bad.destroyed));
bad.on('close', () => console.log('bad close'));
bad.write('x');
const twice = new Transform({ transform(c, e, cb) { cb(); cb(); } });
twice.on('error', (e) => console.log('twice', e.code, e.message));
twice.write('y');
const none = new Transform();
none.on('error', (e) => console.log('none error event', e.code, e.message));
try { none.write('z'); } catch (e) { console.log('none thrown', e.code, e.message); }
