const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
fs.writeFileSync(S+'/a', 'hello'); const s = fs.statSync(S+'/a'); console.log(Object.keys(s).join()); console.log(s.size, s.nlink, s.blksize, s.blocks, (s.mode & 0o777).toString(8), s.isFile(), s.isDirectory(), s.isSymbolicLink(), s.isFIFO(), s.isSocket(), s.isBlockDevice(), s.isCharacterDevice()); console.log(s.atime instanceof Date, s.mtimeMs === s.mtime.getTime() || Math.abs(s.mtimeMs - s.mtime.getTime()) < 1);
