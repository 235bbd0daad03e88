const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', 'x'); const ac = new AbortController(); ac.abort(); fs.readFile(S+'/a', {signal: ac.signal}, (err) => console.log(err.name, err.code)); fs.promises.readFile(S+'/a', {signal: ac.signal}).catch((e) => console.log('p', e.name, e.code));
