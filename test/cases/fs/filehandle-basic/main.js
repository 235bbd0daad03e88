const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
(async () => { const fh = await fs.promises.open(S+'/a', 'w+'); console.log(typeof fh.fd, fh.constructor.name); console.log(await fh.write('hello')); console.log((await fh.write(Buffer.from('XY'), 0, 2, 0)).bytesWritten); const b = Buffer.alloc(5); const r = await fh.read(b, 0, 5, 0); console.log(r.bytesRead, r.buffer.toString(), r.buffer === b); console.log((await fh.stat()).size); await fh.truncate(2); console.log(await fh.readFile('utf8')); await fh.close(); console.log(fh.fd); await fh.stat().catch(show); })();
