const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
const {O_CREAT,O_WRONLY,O_EXCL,O_RDWR,O_TRUNC,O_APPEND}=fs.constants; const fd = fs.openSync(S+'/a', O_CREAT|O_WRONLY); fs.writeSync(fd,'abc'); fs.closeSync(fd); t('excl', () => fs.openSync(S+'/a', O_CREAT|O_EXCL|O_WRONLY)); const fd2 = fs.openSync(S+'/a', O_APPEND|O_RDWR); fs.writeSync(fd2, 'd'); fs.closeSync(fd2); console.log(fs.readFileSync(S+'/a','utf8'));
