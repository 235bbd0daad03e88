const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/f',''); fs.rmSync(S+'/f'); console.log(fs.existsSync(S+'/f')); t('a', () => fs.rmSync(S+'/nope')); fs.rmSync(S+'/nope', {force: true}); fs.mkdirSync(S+'/d/e', {recursive: true}); fs.writeFileSync(S+'/d/e/x',''); t('b', () => fs.rmSync(S+'/d')); t('c', () => fs.rmSync(S+'/d', {recursive: 1})); fs.rmSync(S+'/d', {recursive: true}); console.log(fs.existsSync(S+'/d'));
