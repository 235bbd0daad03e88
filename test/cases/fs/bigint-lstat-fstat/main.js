const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a','abc'); const s = fs.lstatSync(S+'/a', {bigint:true}); console.log(typeof s.ino, s.size, s.isFile()); fs.lstat(S+'/a', {bigint:true}, (e, s) => { console.log(s.size); fs.promises.stat(S+'/a', {bigint:true}).then((s) => console.log(s.size, s.constructor.name)); });
