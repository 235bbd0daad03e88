const { Writable } = require('stream');
const seen = [];
const a = new Writable({ write(c, e, cb) { seen.push(['a', Buffer.isBuffer(c), e, String(c)]); cb(); } });
a.write('héllo'); a.write('68656c6c6f', 'hex'); a.write(Buffer.from('buf'));
const b = new Writable({ decodeStrings: false, write(c, e, cb) { seen.push(['b', typeof c, e, String(c)]); cb(); } });
b.write('str'); b.write('6869', 'hex'); b.setDefaultEncoding('latin1'); b.write('x');
try { b.setDefaultEncoding('nope'); } catch (e) { console.log(e.code, e.message); }
const o = new Writable({ objectMode: true, write(c, e, cb) { seen.push(['o', typeof c, e, JSON.stringify(c)]); cb(); } });
o.write({ a: 1 }); o.write(7); o.write('s');
setImmediate(() => seen.forEach((s) => console.log(...s)));
