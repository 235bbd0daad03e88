const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
const d = fs.mkdtempSync(S+'/tmp-'); console.log(d.length - (S+'/tmp-').length, d.startsWith(S+'/tmp-'), fs.statSync(d).isDirectory(), (fs.statSync(d).mode & 0o777).toString(8)); t('x', () => fs.mkdtempSync(S+'/nope/x')); t('y', () => fs.mkdtempSync(5)); fs.mkdtemp(S+'/cb-', (e, d) => { console.log(e, d.length); fs.promises.mkdtemp(S+'/p-').then((d) => { console.log(d.length); fs.rmdirSync(d); }); }); console.log(Buffer.isBuffer(fs.mkdtempSync(S+'/b-', 'buffer')));
