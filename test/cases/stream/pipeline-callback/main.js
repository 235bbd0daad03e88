const { pipeline, Readable, Transform, Writable } = require('stream');
const out = [];
pipeline(
  Readable.from(['a', 'b', 'c']),
  new Transform({ transform(c, e, cb) { cb(null, String(c).repeat(2)); } }),
  new Writable({ write(c, e, cb) { out.push(String(c)); cb(); } }),
  (err) => console.log('done', err, out),
);
const failing = new Transform({ transform(c, e, cb) { cb(new Error('mid failure')); } });
const src = Readable.from(['z']);
const dst = new Writable({ write(c, e, cb) { cb(); } });
pipeline(src, failing, dst, (err) => console.log('failed', err.message, src.destroyed, failing.destroyed, dst.destroyed));
try { pipeline(Readable.from(['q'])); } catch (e) { console.log(e.code, e.message); }
try { pipeline(Readable.from(['q']), new Writable()); } catch (e) { console.log(e.code, e.message); }
