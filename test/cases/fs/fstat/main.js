const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', 'abc'); const fd = fs.openSync(S+'/a'); const s = fs.fstatSync(fd); console.log(s.size, s.isFile(), s.constructor.name); console.log(typeof fs.fstatSync(fd, {bigint: true}).size); fs.fstat(fd, (e, s) => { console.log(e, s.size); fs.fstat(fd, {bigint:true}, (e, s) => { console.log(s.size); fs.closeSync(fd); }); });
