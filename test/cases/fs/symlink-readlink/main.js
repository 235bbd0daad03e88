const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', 'x'); fs.symlinkSync('a', S+'/l'); console.log(fs.readlinkSync(S+'/l'), fs.readlinkSync(S+'/l', 'buffer'), fs.readlinkSync(S+'/l', {encoding:'hex'})); t('x', () => fs.readlinkSync(S+'/a')); t('y', () => fs.symlinkSync('a', S+'/l')); t('z', () => fs.symlinkSync('a', S+'/m', 'bogus')); fs.symlink('zz', S+'/dangling', (e) => { console.log(e, fs.existsSync(S+'/dangling'), fs.readlinkSync(S+'/dangling')); fs.readlink(S+'/dangling', (e, t) => { console.log(t); fs.promises.readlink(S+'/l').then(console.log); }); });
