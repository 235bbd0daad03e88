const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', 'x'); fs.symlinkSync('a', S+'/l'); console.log(fs.statSync(S+'/l').isFile(), fs.lstatSync(S+'/l').isSymbolicLink(), fs.lstatSync(S+'/l').size); fs.lstat(S+'/l', (e, s) => { console.log(s.isSymbolicLink()); fs.promises.lstat(S+'/l').then((s) => console.log(s.isSymbolicLink())); });
