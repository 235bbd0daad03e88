const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', 'hello world'); const rs = fs.createReadStream(S+'/a'); console.log(rs.pending, rs.bytesRead, rs.path); rs.on('open', (fd) => console.log('open', typeof fd)); rs.on('ready', () => console.log('ready', rs.pending)); rs.on('data', (d) => console.log('data', d)); rs.on('end', () => console.log('end', rs.bytesRead)); rs.on('close', () => console.log('close'));
