const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
for (const n of ['a','b','c']) fs.writeFileSync(S+'/'+n,''); const d = fs.opendirSync(S); const names = []; let e; while ((e = d.readSync()) !== null) names.push(e.name + ':' + e.isFile() + ':' + e.path); console.log(names.sort(), d.path); d.closeSync(); t('closed', () => d.readSync()); t('closed2', () => d.closeSync()); t('x', () => fs.opendirSync(S+'/nope'));
