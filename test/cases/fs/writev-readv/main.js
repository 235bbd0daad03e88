const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
const fd = fs.openSync(S+'/a', 'w+'); console.log(fs.writevSync(fd, [Buffer.from('ab'), Buffer.from('cd'), new Uint8Array([101])])); const a = Buffer.alloc(2), b = Buffer.alloc(5); console.log(fs.readvSync(fd, [a, b], 0), a.toString(), b.toString()); fs.writev(fd, [Buffer.from('XY')], 1, (e, n, bufs) => { console.log(e, n, bufs.length); fs.readv(fd, [Buffer.alloc(3)], 0, (e, n, bufs) => { console.log(e, n, bufs[0].toString()); fs.closeSync(fd); }); });
