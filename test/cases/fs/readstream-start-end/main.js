const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', '0123456789'); const rs = fs.createReadStream(S+'/a', {start: 2, end: 5, encoding: 'utf8'}); rs.on('data', (d) => console.log(JSON.stringify(d))); rs.on('end', () => { console.log('bytesRead', rs.bytesRead); fs.createReadStream(S+'/a', {start: 7}).on('data', (d) => console.log(d.toString())); });
