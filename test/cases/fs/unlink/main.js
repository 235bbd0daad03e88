const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a',''); fs.unlinkSync(S+'/a'); console.log(fs.existsSync(S+'/a')); t('x', () => fs.unlinkSync(S+'/a')); t('y', () => fs.unlinkSync(S)); fs.writeFileSync(S+'/b',''); fs.unlink(S+'/b', (e) => { console.log(e, fs.existsSync(S+'/b')); fs.promises.unlink(S+'/b').catch(show); });
