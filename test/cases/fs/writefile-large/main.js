const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
const big = Buffer.alloc(2.5*1024*1024, 3); fs.writeFileSync(S+'/b', big); console.log(fs.statSync(S+'/b').size); fs.writeFile(S+'/c', big, (e) => { console.log(e, fs.statSync(S+'/c').size); });
