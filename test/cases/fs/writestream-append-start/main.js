const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', '0123456789'); const ws = fs.createWriteStream(S+'/a', {flags: 'r+', start: 3}); ws.end('XYZ', () => { console.log(fs.readFileSync(S+'/a','utf8')); const w2 = fs.createWriteStream(S+'/a', {flags: 'a'}); w2.end('!', () => console.log(fs.readFileSync(S+'/a','utf8'))); });
