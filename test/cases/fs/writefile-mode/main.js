const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', 'x', {mode: 0o600}); console.log((fs.statSync(S+'/a').mode & 0o777).toString(8)); fs.writeFileSync(S+'/b', 'x', {mode: '640'}); console.log((fs.statSync(S+'/b').mode & 0o777).toString(8));
