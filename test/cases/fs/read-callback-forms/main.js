const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', 'abcdef'); const fd = fs.openSync(S+'/a'); fs.read(fd, (e, n, b) => { console.log(e, n, b.length, b.subarray(0, n).toString()); fs.read(fd, {buffer: Buffer.alloc(3), position: 1}, (e, n, b) => { console.log(n, b.toString()); fs.read(fd, Buffer.alloc(4), {offset: 1, length: 2, position: 0}, (e, n, b) => { console.log(n, b); fs.closeSync(fd); }); }); });
