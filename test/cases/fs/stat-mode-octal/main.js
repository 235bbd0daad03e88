const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/ch15.md', ''); fs.chmodSync(S+'/ch15.md', 0o400); const stats = fs.statSync(S+'/ch15.md'); console.log(stats.isFile(), stats.isDirectory(), stats.size, stats.mode.toString(8)); fs.chmodSync(S+'/ch15.md', 0o600);
