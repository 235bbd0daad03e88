const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
(async () => { await fs.promises.writeFile(S+'/a', ''); const s = await fs.promises.stat(S+'/a'); await fs.promises.chown(S+'/a', s.uid, s.gid); await fs.promises.lchown(S+'/a', s.uid, s.gid); await fs.promises.utimes(S+'/a', 3, 4); console.log((await fs.promises.stat(S+'/a')).mtimeMs); await fs.promises.utimes(S+'/nope', 1, 1).catch(show); })();
