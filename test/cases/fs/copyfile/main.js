const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/ch15.txt', 'chapter'); fs.copyFileSync(S+'/ch15.txt', S+'/ch15.bak'); console.log(fs.readFileSync(S+'/ch15.bak','utf8')); fs.copyFile(S+'/ch15.txt', S+'/ch16.txt', fs.constants.COPYFILE_EXCL, (err) => { console.log('first', err); fs.copyFile(S+'/ch15.txt', S+'/ch16.txt', fs.constants.COPYFILE_EXCL, (err) => { show(err); }); });
