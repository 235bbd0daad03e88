const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.mkdirSync(S+'/x'); fs.mkdirSync(S+'/y'); fs.writeFileSync(S+'/x/f', 'moved'); fs.renameSync(S+'/x/f', S+'/y/g'); console.log(fs.readdirSync(S+'/x'), fs.readFileSync(S+'/y/g','utf8'));
