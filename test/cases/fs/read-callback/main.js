const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/data', 'x'.repeat(20) + 'y'.repeat(400)); fs.open(S+'/data', (err, fd) => { fs.read(fd, Buffer.alloc(400), 0, 400, 20, (err, n, b) => { console.log(err, n, b.toString().slice(0,5), b.length); fs.close(fd, () => console.log('closed')); }); });
