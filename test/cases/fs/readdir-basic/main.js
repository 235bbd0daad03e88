const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
for (const n of ['b','a','c']) fs.writeFileSync(S+'/'+n,''); fs.mkdirSync(S+'/d'); console.log(fs.readdirSync(S)); t('x', () => fs.readdirSync(S+'/nope')); t('y', () => fs.readdirSync(S+'/a')); t('z', () => fs.readdirSync(5));
