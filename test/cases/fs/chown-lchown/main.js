const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', ''); fs.symlinkSync('a', S+'/l'); const s = fs.statSync(S+'/a'); fs.chownSync(S+'/a', s.uid, s.gid); fs.lchownSync(S+'/l', s.uid, s.gid); t('a', () => fs.chownSync(S+'/a', -2, 0)); t('b', () => fs.chownSync(S+'/a', 'a', 0)); t('c', () => fs.chownSync(S+'/nope', 1, 1)); fs.chown(S+'/a', -1, -1, (e) => { console.log(e); fs.lchown(S+'/l', -1, -1, (e) => { console.log(e); fs.promises.chown(S+'/nope', 1, 1).catch(show); }); });
