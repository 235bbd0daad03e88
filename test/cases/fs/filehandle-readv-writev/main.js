const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
(async () => { const fh = await fs.promises.open(S+'/a', 'w+'); const w = await fh.writev([Buffer.from('ab'), Buffer.from('cd')]); console.log(w.bytesWritten, w.buffers.length); const a = Buffer.alloc(1), b = Buffer.alloc(3); const r = await fh.readv([a, b], 0); console.log(r.bytesRead, a.toString(), b.toString()); await fh.close(); })();
