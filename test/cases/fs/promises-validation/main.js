const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
(async () => { await fs.promises.readFile(5).catch((e) => console.log(e.code, e.message)); await fs.promises.stat().catch((e) => console.log(e.code)); await fs.promises.mkdir(S+'/x', {recursive: 'y'}).catch((e) => console.log(e.code)); await fs.promises.access(S, 9).catch((e) => console.log(e.code, e.message)); })();
