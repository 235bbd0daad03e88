const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', '0123456789'); fs.truncateSync(S+'/a', 3); console.log(fs.readFileSync(S+'/a','utf8')); fs.truncateSync(S+'/a'); console.log(fs.statSync(S+'/a').size); fs.truncateSync(S+'/a', 4); console.log(fs.readFileSync(S+'/a')); t('x', () => fs.truncateSync(S+'/nope')); t('y', () => fs.truncateSync(S)); fs.truncate(S+'/a', 1, (e) => { console.log(e, fs.statSync(S+'/a').size); fs.promises.truncate(S+'/a', 6).then(() => console.log(fs.statSync(S+'/a').size)); });
