const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.mkdirSync(S+'/d/sub', {recursive:true}); fs.writeFileSync(S+'/f',''); t('a', () => fs.renameSync(S+'/d', S+'/d/sub/x')); t('b', () => fs.renameSync(S+'/d', S+'/f')); fs.mkdirSync(S+'/e'); fs.writeFileSync(S+'/e/x',''); t('c', () => fs.renameSync(S+'/d', S+'/e'));
