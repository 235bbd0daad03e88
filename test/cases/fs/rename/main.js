const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', '1'); fs.mkdirSync(S+'/backups'); fs.renameSync(S+'/a', S+'/backups/a'); console.log(fs.readdirSync(S+'/backups')); t('x', () => fs.renameSync(S+'/nope', S+'/b')); fs.writeFileSync(S+'/c', 'c'); fs.writeFileSync(S+'/d', 'd'); fs.renameSync(S+'/c', S+'/d'); console.log(fs.readFileSync(S+'/d','utf8'), fs.existsSync(S+'/c')); fs.rename(S+'/d', S+'/e', (e) => { console.log(e, fs.readdirSync(S)); fs.promises.rename(S+'/e', S+'/backups').catch(show); });
