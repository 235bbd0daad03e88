const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', 'str'); fs.writeFileSync(S+'/b', Buffer.from('buf')); fs.writeFileSync(S+'/c', new Uint16Array([0x6968])); fs.writeFileSync(S+'/d', 'aGk=', 'base64'); fs.writeFileSync(S+'/e', new DataView(new ArrayBuffer(2))); for (const f of 'abcde') console.log(fs.readFileSync(S+'/'+f));
