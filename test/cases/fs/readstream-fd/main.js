const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', 'via fd'); const fd = fs.openSync(S+'/a'); const rs = fs.createReadStream(null, {fd, encoding: 'utf8'}); rs.on('open', () => console.log('no open event expected')); rs.on('data', (d) => console.log(d)); rs.on('close', () => { console.log('closed'); t('closedfd', () => fs.fstatSync(fd)); });
