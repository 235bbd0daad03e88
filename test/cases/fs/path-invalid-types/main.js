const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
t('a', () => fs.readFileSync({})); t('b', () => fs.statSync(null)); t('c', () => fs.mkdirSync(1)); t('d', () => fs.renameSync(1, 'x')); t('e', () => fs.renameSync('x', 1)); t('f', () => fs.copyFileSync(1, 'x')); t('g', () => fs.symlinkSync(1, 'x')); t('h', () => fs.linkSync('x', 2));
