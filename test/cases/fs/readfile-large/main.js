const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
const big = Buffer.alloc(3*1024*1024, 7); big[12345]=1; fs.writeFileSync(S+'/big', big); const r = fs.readFileSync(S+'/big'); console.log(r.length, r[12345], r.equals(big)); fs.readFile(S+'/big', (e, d) => { console.log(e, d.length, d.equals(big)); fs.promises.readFile(S+'/big').then((d) => console.log(d.length)); });
