const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
let tempDirPath; try { tempDirPath = fs.mkdtempSync(require('path').join(S, 'd')); fs.writeFileSync(tempDirPath + '/work', 'x'); console.log(fs.readdirSync(tempDirPath)); } finally { fs.rmSync(tempDirPath, {recursive: true}); } console.log(fs.existsSync(tempDirPath), fs.readdirSync(S));
