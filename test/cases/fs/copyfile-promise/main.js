const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/Important data', 'precious'); fs.promises.copyFile(S+'/Important data', S+'/Important data backup', fs.constants.COPYFILE_EXCL | fs.constants.COPYFILE_FICLONE).then(() => { console.log('Backup complete', fs.readFileSync(S+'/Important data backup','utf8')); return fs.promises.copyFile(S+'/Important data', S+'/Important data backup', fs.constants.COPYFILE_EXCL); }).catch((err) => { console.log('Backup failed', err.code); });
