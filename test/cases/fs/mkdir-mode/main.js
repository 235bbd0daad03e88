const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.mkdirSync(S+'/a', 0o700); fs.mkdirSync(S+'/b', {mode: 0o750}); console.log((fs.statSync(S+'/a').mode&0o777).toString(8), (fs.statSync(S+'/b').mode&0o777).toString(8));
