const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.mkdirSync(S+'/dir/sub', {recursive:true}); fs.writeFileSync(S+'/dir/a', 'hello'); fs.writeFileSync(S+'/dir/bb', 'hi'); const path = require('path'); async function listDirectory(dirpath) { const dir = await fs.promises.opendir(dirpath); const out = []; for await (const entry of dir) { let name = entry.name; if (entry.isDirectory()) name += '/'; const stats = await fs.promises.stat(path.join(dirpath, name)); out.push(String(stats.isDirectory() ? 'dir' : stats.size).padStart(10) + ' ' + name); } out.sort().forEach((l) => console.log(l)); } listDirectory(S+'/dir');
