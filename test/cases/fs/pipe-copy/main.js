const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
const big = Buffer.alloc(300000); for (let i = 0; i < big.length; i++) big[i] = i % 251; fs.writeFileSync(S+'/src', big); const rs = fs.createReadStream(S+'/src'); const ws = fs.createWriteStream(S+'/dst'); rs.pipe(ws); ws.on('finish', () => { console.log(fs.readFileSync(S+'/dst').equals(big), ws.bytesWritten, rs.bytesRead); });
