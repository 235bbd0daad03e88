const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
(async () => { await fs.promises.writeFile(S+'/a', ['a','b','c']); console.log(fs.readFileSync(S+'/a','utf8')); async function* g() { yield 'x'; yield Buffer.from('y'); } await fs.promises.writeFile(S+'/b', g()); console.log(fs.readFileSync(S+'/b','utf8')); await fs.promises.writeFile(S+'/c', 5).catch(show); })();
