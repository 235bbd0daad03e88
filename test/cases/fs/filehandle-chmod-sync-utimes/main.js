const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
(async () => { const fh = await fs.promises.open(S+'/a', 'w'); await fh.chmod(0o600); console.log((fs.statSync(S+'/a').mode & 0o777).toString(8)); await fh.sync(); await fh.datasync(); await fh.utimes(10, 20); console.log(fs.statSync(S+'/a').mtimeMs); const s = fs.statSync(S+'/a'); await fh.chown(s.uid, s.gid); await fh.close(); console.log('ok'); })();
