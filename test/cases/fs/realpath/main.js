const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.mkdirSync(S+'/real'); fs.writeFileSync(S+'/real/f', ''); fs.symlinkSync('real', S+'/link'); const base = fs.realpathSync('.'); const rel = (p) => p.slice(base.length); console.log(rel(fs.realpathSync(S+'/link/f')), rel(fs.realpathSync.native(S+'/link/./f'))); console.log(rel(fs.realpathSync(S+'/link/../link'))); fs.realpath(S+'/link', (e, p) => { console.log(e, rel(p)); fs.realpath.native(S+'/link', (e, p) => { console.log(rel(p)); fs.promises.realpath(S+'/link').then((p) => console.log(rel(p))); }); });
