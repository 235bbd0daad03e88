const { finished, Readable, Writable } = require('stream');
const fp = require('stream/promises').finished;
const r = Readable.from(['a']);
const cleanup = finished(r, (err) => console.log('readable finished', err));
console.log(typeof cleanup);
r.resume();
const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w, (err) => console.log('writable finished', err));
w.end('x');
const bad = new Readable({ read() {} });
finished(bad, (err) => console.log('errored', err.message));
bad.destroy(new Error('kaput'));
const early = new Readable({ read() {} });
finished(early, (err) => console.log('premature', err.code, err.message));
early.destroy();
(async () => {
  const r2 = Readable.from(['b']); r2.resume();
  console.log('promise finished', await fp(r2));
  const r3 = new Readable({ read() {} }); setTimeout(() => r3.destroy(new Error('late')), 5);
  try { await fp(r3); } catch (e) { console.log('promise rejected', e.message); }
  const r4 = new Readable({ read() {} }); r4.push(null); r4.resume();
  console.log('readable only', await fp(r4, { readable: true, writable: false }));
})();
