const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
(async () => { await fs.promises.writeFile(S+'/a', '0123456789'); await fs.promises.truncate(S+'/a', 5); console.log(await fs.promises.readFile(S+'/a', 'utf8')); await fs.promises.copyFile(S+'/a', S+'/b'); console.log(await fs.promises.readFile(S+'/b', 'utf8')); await fs.promises.copyFile(S+'/nope', S+'/c').catch(show); await fs.promises.truncate(S+'/nope').catch(show); })();
