const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.mkdirSync(S+'/a'); fs.rmdirSync(S+'/a'); console.log(fs.existsSync(S+'/a')); t('a', () => fs.rmdirSync(S+'/nope')); fs.mkdirSync(S+'/b/c', {recursive:true}); t('b', () => fs.rmdirSync(S+'/b')); fs.writeFileSync(S+'/f',''); t('c', () => fs.rmdirSync(S+'/f')); fs.rmdir(S+'/b/c', (e) => { console.log(e); fs.promises.rmdir(S+'/b').then(() => console.log(fs.existsSync(S+'/b'))); });
