const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.mkdirSync(S+'/a/b/c', {recursive:true}); fs.writeFileSync(S+'/a/x',''); fs.writeFileSync(S+'/a/b/y',''); fs.writeFileSync(S+'/z',''); console.log(fs.readdirSync(S, {recursive:true}).sort()); console.log(fs.readdirSync(S, {recursive:true, withFileTypes:true}).map((d) => d.path + ':' + d.name).sort()); fs.readdir(S, {recursive:true}, (e, l) => { console.log(e, l.sort()); fs.promises.readdir(S, {recursive:true}).then((l) => console.log(l.sort())); });
