const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', 'via handle'); (async () => { const fh = await fs.promises.open(S+'/a'); console.log(await fs.promises.readFile(fh, 'utf8')); await fs.promises.writeFile(S+'/b', 'x'); const w = await fs.promises.open(S+'/b', 'a'); await fs.promises.writeFile(w, 'y'); await w.close(); console.log(fs.readFileSync(S+'/b','utf8')); await fh.close(); })();
