const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', 'x'); fs.linkSync(S+'/a', S+'/b'); console.log(fs.statSync(S+'/a').nlink, fs.readFileSync(S+'/b','utf8')); t('x', () => fs.linkSync(S+'/nope', S+'/c')); t('y', () => fs.linkSync(S+'/a', S+'/b')); fs.link(S+'/a', S+'/c', (e) => { console.log(e, fs.statSync(S+'/c').nlink); fs.promises.link(S+'/a', S+'/d').then(() => console.log(fs.statSync(S+'/d').nlink)); });
