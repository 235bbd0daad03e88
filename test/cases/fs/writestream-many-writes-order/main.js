const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
const ws = fs.createWriteStream(S+'/a'); let i = 0; function go() { let ok = true; while (i < 2000 && ok) { ok = ws.write(String(i % 10)); i++; } if (i < 2000) ws.once('drain', go); else ws.end(); } go(); ws.on('finish', () => { const s = fs.readFileSync(S+'/a','utf8'); console.log(s.length, s.slice(0, 12), ws.bytesWritten); });
