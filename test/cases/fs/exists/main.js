const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
console.log(fs.existsSync(S), fs.existsSync(S+'/nope'), fs.existsSync(), fs.existsSync(5), fs.existsSync('a\0b')); fs.exists(S, (x) => { console.log('cb', x); fs.exists(S+'/nope', (x) => console.log('cb2', x)); }); require('util').promisify(fs.exists)(S).then((x) => console.log('p', x));
