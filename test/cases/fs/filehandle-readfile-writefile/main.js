const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
(async () => { const fh = await fs.promises.open(S+'/a', 'w+'); await fh.writeFile('one two'); await fh.appendFile(' three'); console.log(fs.readFileSync(S+'/a','utf8')); const r = await fs.promises.open(S+'/a'); console.log(await r.readFile({encoding:'utf8'})); console.log(await r.readFile('utf8')); await r.close(); await fh.close(); })();
