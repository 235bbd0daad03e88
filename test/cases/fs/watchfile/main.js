const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', 'x'); const listener = (curr, prev) => { console.log('changed', prev.size, curr.size, curr instanceof fs.Stats); fs.unwatchFile(S+'/a', listener); }; const sw = fs.watchFile(S+'/a', {interval: 20}, listener); console.log(typeof sw.ref, typeof sw.unref); setTimeout(() => fs.writeFileSync(S+'/a', 'xyz'), 60);
