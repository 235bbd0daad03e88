const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', 'stream me'); (async () => { const fh = await fs.promises.open(S+'/a'); const rs = fh.createReadStream({encoding: 'utf8'}); rs.on('data', (d) => console.log(d)); rs.on('close', async () => { console.log('rs closed'); const out = await fs.promises.open(S+'/b', 'w'); const ws = out.createWriteStream(); ws.end('written', () => {}); ws.on('close', () => console.log(fs.readFileSync(S+'/b','utf8'))); }); })();
