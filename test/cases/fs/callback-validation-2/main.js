const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
for (const [name, args] of [['rename',['a','b']],['link',['a','b']],['symlink',['a','b']],['copyFile',['a','b']],['chmod',['a',0o600]],['truncate',['a',1]],['fsync',[1]],['fstat',[1]],['open',['a','r']],['write',[1,'x']],['read',[1,Buffer.alloc(1),0,1,0]]]) { try { fs[name](...args, 'notfn'); } catch (e) { console.log(name, e.code, e.message); } }
