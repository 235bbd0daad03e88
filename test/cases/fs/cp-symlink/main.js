const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.mkdirSync(S+'/s'); fs.writeFileSync(S+'/s/a','A'); fs.symlinkSync('a', S+'/s/l'); fs.cpSync(S+'/s', S+'/t', {recursive:true}); console.log(fs.lstatSync(S+'/t/l').isSymbolicLink(), require('path').relative(__dirname, fs.readlinkSync(S+'/t/l')), fs.readFileSync(S+'/t/l','utf8'));
