const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', 'abc'); const fd = fs.openSync(S+'/a', 'r+'); fs.fchmodSync(fd, 0o640); console.log((fs.statSync(S+'/a').mode & 0o777).toString(8)); fs.futimesSync(fd, 1000, 2000); const s = fs.statSync(S+'/a'); console.log(s.atimeMs, s.mtimeMs, s.mtime.toISOString()); fs.fchmod(fd, '600', (e) => { console.log(e, (fs.statSync(S+'/a').mode & 0o777).toString(8)); fs.futimes(fd, new Date(5000), 6, (e) => { console.log(e, fs.statSync(S+'/a').mtimeMs); fs.closeSync(fd); t('x', () => fs.fchmodSync(fd, 0o600)); t('y', () => fs.futimesSync(fd, 1, 1)); t('z', () => fs.fchmodSync(fd, 'abc')); }); });
