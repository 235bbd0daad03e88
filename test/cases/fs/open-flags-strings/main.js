const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
for (const f of ['r','r+','rs+','w','wx','w+','wx+','a','ax','a+','ax+','as','as+']) { try { const fd = fs.openSync(S+'/f-'+f.replace('+','p'), f); fs.closeSync(fd); console.log(f, 'ok'); } catch (e) { console.log(f, e.code); } }
