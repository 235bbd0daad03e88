const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.mkdirSync(S+'/d'); fs.symlinkSync('d', S+'/ld', 'dir'); fs.symlink('d', S+'/le', 'junction', (e) => { console.log(e, fs.statSync(S+'/ld').isDirectory(), fs.statSync(S+'/le').isDirectory()); fs.promises.symlink('d', S+'/lf', 'file').then(() => console.log(fs.lstatSync(S+'/lf').isSymbolicLink())); });
