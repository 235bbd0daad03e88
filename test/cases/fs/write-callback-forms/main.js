const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
const fd = fs.openSync(S+'/a', 'w'); fs.write(fd, 'str', (e, n, s) => { console.log(e, n, s); fs.write(fd, Buffer.from('buf'), 0, 3, null, (e, n, b) => { console.log(e, n, b); fs.write(fd, 'at0', 0, 'utf8', (e, n) => { console.log(n); fs.closeSync(fd); console.log(fs.readFileSync(S+'/a','utf8')); }); }); });
