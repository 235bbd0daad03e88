const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', '0123456789'); const fd = fs.openSync(S+'/a', 'r+'); fs.ftruncateSync(fd, 4); console.log(fs.readFileSync(S+'/a','utf8')); fs.ftruncateSync(fd, 6); console.log(fs.readFileSync(S+'/a')); fs.ftruncate(fd, (e) => { console.log(e, fs.statSync(S+'/a').size); fs.closeSync(fd); const r = fs.openSync(S+'/a', 'r'); t('ro', () => fs.ftruncateSync(r, 1)); fs.closeSync(r); });
