const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
const w = fs.watch(S); const seen = new Set(); w.on('change', (ev, name) => { const k = ev + ' ' + name; if (!seen.has(k)) { seen.add(k); console.log(k); } if (name === 'gone') setTimeout(() => w.close(), 20); }); w.on('close', () => console.log('closed')); setTimeout(() => { fs.writeFileSync(S+'/new', 'x'); fs.renameSync(S+'/new', S+'/gone'); }, 20);
