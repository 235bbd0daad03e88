const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', Buffer.from([1,0,2,0])); const fd = fs.openSync(S+'/a'); const u = new Uint16Array(2); console.log(fs.readSync(fd, u, 0, 4, 0), Array.from(u)); const dv = new DataView(new ArrayBuffer(4)); console.log(fs.readSync(fd, dv, 0, 4, 0), dv.getUint8(2)); fs.closeSync(fd);
