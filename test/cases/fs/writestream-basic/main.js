const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
const ws = fs.createWriteStream(S+'/numbers.txt'); console.log(ws.pending, ws.bytesWritten, ws.path); ws.on('open', (fd) => console.log('open', typeof fd)); ws.on('ready', () => console.log('ready')); for (let i = 0; i < 100; i++) ws.write(`${i}\n`); ws.end(); ws.on('finish', () => console.log('finish', ws.bytesWritten)); ws.on('close', () => { console.log('close', fs.readFileSync(S+'/numbers.txt','utf8').split('\n').length); });
