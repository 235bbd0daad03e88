const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
(async () => { const d = await fs.promises.mkdtemp(S+'/t-'); await fs.promises.writeFile(d + '/f', 'x'); console.log(await fs.promises.readdir(d)); await fs.promises.rm(d, {recursive: true}); console.log(fs.existsSync(d)); await fs.promises.rm(d).catch((e) => console.log(e.code, e.syscall)); await fs.promises.rm(S).catch(show); })();
