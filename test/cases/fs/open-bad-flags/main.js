const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
t('a', () => fs.openSync(S+'/a', 'bogus')); t('b', () => fs.openSync(S+'/a', 'r', 'bad')); t('c', () => fs.openSync(5)); t('d', () => fs.openSync(S+'/a', {}));
