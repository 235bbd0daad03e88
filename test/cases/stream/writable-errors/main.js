const { Writable } = require('stream');
function make() { return new Writable({ write(c, e, cb) { cb(); } }); }
const w = make();
w.on('error', (e) => console.log('error event', e.code, e.message));
w.end();
w.write('late', (err) => console.log('write cb', err && err.code));
const w2 = make(); w2.on('error', (e) => console.log('w2 error', e.code, e.message));
try { w2.write(null); } catch (e) { console.log('thrown', e.code, e.message); }
try { w2.write(5); } catch (e) { console.log('thrown', e.code, e.message); }
const w3 = new Writable({ write(c, e, cb) { cb(new Error('sink failed')); } });
w3.on('error', (e) => console.log('w3 error', e.message, w3.destroyed, w3.writableErrored && w3.writableErrored.message));
w3.on('close', () => console.log('w3 close'));
w3.write('x', (err) => console.log('w3 write cb', err.message));
const w4 = make(); w4.end(); w4.end(); w4.on('error', (e) => console.log('w4', e.code));
try { new Writable().write('x'); } catch (e) { console.log(e.code); }
const w5 = new Writable(); w5.on('error', (e) => console.log('w5', e.code, e.message));
try { w5.write('x'); } catch (e) { console.log('w5 thrown', e.code, e.message); }
