const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', 'abc'); const fd = fs.openSync(S+'/a'); const rs = fs.createReadStream(null, {fd, autoClose: false}); rs.on('data', (d) => console.log(d.toString())); rs.on('end', () => { console.log('end'); setTimeout(() => { console.log(fs.fstatSync(fd).size, rs.destroyed); fs.closeSync(fd); }, 10); }); rs.on('close', () => console.log('close'));
