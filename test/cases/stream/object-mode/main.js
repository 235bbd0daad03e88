const { Readable, Writable } = require('stream');
const r = new Readable({ objectMode: true, read() {} });
[1, 'two', { three: 3 }, [4], false, 0, ''].forEach((v) => r.push(v));
r.push(null);
const w = new Writable({ objectMode: true, highWaterMark: 2, write(obj, enc, cb) { console.log('got', JSON.stringify(obj), enc); cb(); } });
r.pipe(w).on('finish', () => console.log('finish'));
const n = new Readable({ read() {} });
n.on('error', (e) => console.log('non-object', e.code, e.message));
try { n.push(5); } catch (e) { console.log('thrown', e.code, e.message); }
const u = new Readable({ objectMode: true, read() {} });
try { u.push(undefined); console.log('undefined pushed', u.readableLength); } catch (e) { console.log(e.code); }
