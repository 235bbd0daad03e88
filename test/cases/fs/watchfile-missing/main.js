const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
const l = (curr, prev) => { console.log('called', curr.size, prev.size, curr.mtimeMs, curr.isFile()); fs.unwatchFile(S+'/nope'); }; fs.watchFile(S+'/nope', {interval: 20}, l); setTimeout(() => fs.writeFileSync(S+'/nope', 'ab'), 60);
