const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.mkdirSync(S+'/a'); t('a', () => fs.mkdirSync(S+'/a')); t('b', () => fs.mkdirSync(S+'/x/y')); console.log(fs.mkdirSync(S+'/p/q/r', {recursive:true})); console.log(fs.mkdirSync(S+'/p/q/r', {recursive:true})); console.log(fs.mkdirSync(S+'/p/q/s/', {recursive:true})); fs.writeFileSync(S+'/f',''); t('c', () => fs.mkdirSync(S+'/f/a', {recursive:true})); t('d', () => fs.mkdirSync(S+'/q', {recursive:'yes'}));
