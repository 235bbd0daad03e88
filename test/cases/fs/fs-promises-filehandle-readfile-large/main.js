const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
(async () => { const big = Buffer.alloc(2*1024*1024+5, 9); await fs.promises.writeFile(S+'/big', big); const fh = await fs.promises.open(S+'/big'); const d = await fh.readFile(); console.log(d.length, d.equals(big)); await fh.close(); })();
