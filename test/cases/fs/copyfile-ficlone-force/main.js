const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', 'x'); try { fs.copyFileSync(S+'/a', S+'/b', fs.constants.COPYFILE_FICLONE); console.log('ficlone ok', fs.readFileSync(S+'/b','utf8')); } catch (e) { console.log(e.code); }
