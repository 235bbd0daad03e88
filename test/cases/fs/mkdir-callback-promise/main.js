const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.mkdir(S+'/a', (e, ...r) => { console.log(e, r); fs.mkdir(S+'/b/c', {recursive:true}, (e, p) => { console.log(e, p); fs.mkdir(S+'/a', (e) => { show(e); fs.promises.mkdir(S+'/d/e', {recursive:true}).then((p) => { console.log(p); return fs.promises.mkdir(S+'/d'); }).catch(show); }); }); });
