const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
const fd = fs.openSync(S+'/a', 'w+'); console.log(fs.writeSync(fd, 'hello')); console.log(fs.writeSync(fd, 'XY', 1)); console.log(fs.writeSync(fd, '6869', null, 'hex')); console.log(fs.writeSync(fd, Buffer.from('abcdef'), 2, 3)); console.log(fs.writeSync(fd, Buffer.from('Z'), 0, 1, 0)); console.log(fs.writeSync(fd, Buffer.from('QQ'), {offset: 1, length: 1, position: 4})); fs.closeSync(fd); console.log(fs.readFileSync(S+'/a','utf8'));
