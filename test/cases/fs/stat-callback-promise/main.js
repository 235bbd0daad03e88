const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.stat(S, (e, s) => { console.log(e, s.isDirectory()); fs.stat(S+'/nope', (e) => { show(e); fs.promises.stat(S).then((s) => { console.log(s.isDirectory()); return fs.promises.stat(S+'/nope'); }).catch(show); }); });
