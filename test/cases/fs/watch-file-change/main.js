const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', 'x'); const w = fs.watch(S+'/a', (ev, name) => { console.log(ev, name); w.close(); }); w.on('close', () => console.log('closed')); setTimeout(() => fs.appendFileSync(S+'/a', 'y'), 20);
