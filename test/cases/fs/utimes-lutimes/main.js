const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', ''); fs.utimesSync(S+'/a', 100, 200); let s = fs.statSync(S+'/a'); console.log(s.atimeMs, s.mtimeMs); fs.utimesSync(S+'/a', new Date('2020-01-01T00:00:00Z'), '300'); s = fs.statSync(S+'/a'); console.log(s.atime.toISOString(), s.mtimeMs); fs.symlinkSync('a', S+'/l'); fs.lutimesSync(S+'/l', 5, 6); console.log(fs.lstatSync(S+'/l').mtimeMs, fs.statSync(S+'/a').mtimeMs); t('x', () => fs.utimesSync(S+'/a', 'x', 1)); t('y', () => fs.utimesSync(S+'/nope', 1, 1)); fs.utimes(S+'/a', 7, 8, (e) => { console.log(e, fs.statSync(S+'/a').mtimeMs); fs.promises.lutimes(S+'/nope', 1, 1).catch(show); });
