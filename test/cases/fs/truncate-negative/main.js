const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', '0123456789'); fs.truncateSync(S+'/a', -1); console.log(fs.statSync(S+'/a').size); t('x', () => fs.truncateSync(S+'/a', 'x')); t('y', () => fs.truncateSync(S+'/a', 1.5));
