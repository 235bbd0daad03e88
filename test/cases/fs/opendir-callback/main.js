const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a',''); fs.opendir(S, (e, d) => { console.log(e, d.constructor.name); d.read((e, ent) => { console.log(e, ent.name); d.read((e, ent) => { console.log(e, ent); d.close((e) => { console.log('closed', e); d.close((e) => { console.log(e.code); fs.opendir(S+'/nope', (e) => show(e)); }); }); }); }); }); });
