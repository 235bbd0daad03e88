const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
const ws = fs.createWriteStream(S+'/a', {highWaterMark: 10}); console.log(ws.write('12345'), ws.writableLength, ws.write('67890'), ws.writableNeedDrain); ws.on('drain', () => { console.log('drain', ws.writableLength); ws.end(); }); ws.on('close', () => console.log(fs.readFileSync(S+'/a','utf8')));
