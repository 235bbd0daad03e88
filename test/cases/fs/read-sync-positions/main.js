const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', '0123456789'); const fd = fs.openSync(S+'/a'); const b = Buffer.alloc(4); console.log(fs.readSync(fd, b, 0, 4, 3), b.toString()); console.log(fs.readSync(fd, b, 0, 4, null), b.toString()); console.log(fs.readSync(fd, b, 1, 2), b.toString()); console.log(fs.readSync(fd, b, {position: 8}), b.toString()); console.log(fs.readSync(fd, b, 0, 4, 100)); console.log(fs.readSync(fd, b, 0, 4, 2n), b.toString()); fs.closeSync(fd);
