const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', 'hello'); fs.utimesSync(S+'/a', 1.5, 2.25); const s = fs.statSync(S+'/a', {bigint:true}); console.log(Object.keys(s).join()); console.log(s.size, s.atimeMs, s.mtimeMs, s.atimeNs, s.mtimeNs, s.mtime.toISOString(), s.isFile(), s.constructor.name);
