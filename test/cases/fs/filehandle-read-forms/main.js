const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', 'abcdef'); (async () => { const fh = await fs.promises.open(S+'/a'); let r = await fh.read(); console.log(r.bytesRead, r.buffer.length); r = await fh.read({buffer: Buffer.alloc(3), position: 2}); console.log(r.bytesRead, r.buffer.toString()); r = await fh.read(Buffer.alloc(4), {offset: 1, length: 2, position: 0}); console.log(r.buffer); await fh.close(); })();
