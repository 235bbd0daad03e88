const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
const fd = fs.openSync(S+'/a','w'); fs.writeSync(fd, 'x'); fs.fsyncSync(fd); fs.fdatasyncSync(fd); fs.fsync(fd, (e, ...r) => { console.log('fsync', e, r.length); fs.fdatasync(fd, (e) => { console.log('fdatasync', e); fs.closeSync(fd); t('x', () => fs.fsyncSync(fd)); t('y', () => fs.fdatasyncSync(fd)); }); });
