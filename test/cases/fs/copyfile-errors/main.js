const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/f', 'x'); t('a', () => fs.copyFileSync(S+'/nope', S+'/b')); t('b', () => fs.copyFileSync(S, S+'/c')); t('c', () => fs.copyFileSync(S+'/f', S+'/g', 8)); t('d', () => fs.copyFileSync(S+'/f', S+'/nodir/x'));
