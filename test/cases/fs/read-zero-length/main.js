const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
const fd = fs.openSync(__filename); fs.read(fd, Buffer.alloc(4), 0, 0, 0, (e, n) => { console.log('cb', e, n); fs.closeSync(fd); }); console.log('after');
