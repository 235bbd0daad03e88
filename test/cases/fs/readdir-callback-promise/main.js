const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a',''); fs.mkdirSync(S+'/sub'); fs.readdir(S, (e, l) => { console.log(e, l); fs.readdir(S, {withFileTypes:true}, (e, l) => { console.log(l.map(d => d.name + (d.isDirectory() ? '/' : ''))); fs.readdir(S+'/nope', (e) => { show(e); fs.promises.readdir(S+'/nope').catch(show); }); }); });
