const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
(async () => { await fs.promises.writeFile(S+'/a', 'x'); await fs.promises.symlink('a', S+'/l'); console.log(await fs.promises.readlink(S+'/l')); await fs.promises.link(S+'/a', S+'/h'); console.log((await fs.promises.stat(S+'/h')).nlink); await fs.promises.symlink('a', S+'/l').catch(show); await fs.promises.readlink(S+'/a').catch(show); })();
