const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/f',''); fs.mkdirSync(S+'/d'); fs.symlinkSync('f', S+'/l'); const ents = fs.readdirSync(S, {withFileTypes:true}); for (const e of ents) console.log(e.name, e.path, e.parentPath, e.isFile(), e.isDirectory(), e.isSymbolicLink(), e.isFIFO(), e.isSocket(), e.isBlockDevice(), e.isCharacterDevice()); console.log(ents[0] instanceof fs.Dirent, ents[0]);
