const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', ''); fs.chmodSync(S+'/a', 0o400); console.log((fs.statSync(S+'/a').mode & 0o777).toString(8)); fs.chmodSync(S+'/a', '755'); console.log((fs.statSync(S+'/a').mode & 0o777).toString(8)); t('x', () => fs.chmodSync(S+'/a')); t('y', () => fs.chmodSync(S+'/a', '999')); t('z', () => fs.chmodSync(S+'/nope', 0o600)); fs.chmod(S+'/a', 0o644, (e) => { console.log(e, (fs.statSync(S+'/a').mode & 0o777).toString(8)); fs.promises.chmod(S+'/a', 0o600).then(() => console.log((fs.statSync(S+'/a').mode & 0o777).toString(8))); });
