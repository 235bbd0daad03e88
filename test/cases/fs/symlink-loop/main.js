const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.symlinkSync('l2', S+'/l1'); fs.symlinkSync('l1', S+'/l2'); t('a', () => fs.statSync(S+'/l1')); t('b', () => fs.readFileSync(S+'/l1')); console.log(fs.lstatSync(S+'/l1').isSymbolicLink());
