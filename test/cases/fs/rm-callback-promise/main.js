const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.mkdirSync(S+'/d/e', {recursive: true}); fs.rm(S+'/d', (e) => { show(e); fs.rm(S+'/d', {recursive: true}, (e) => { console.log(e, fs.existsSync(S+'/d')); fs.rm(S+'/nope', {force: true}, (e) => { console.log('force', e); fs.promises.rm(S+'/nope').catch(show).then(() => fs.promises.rm(S+'/nope', {force:true})).then((r) => console.log('done', r)); }); }); });
