const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
const fd = fs.openSync(__filename); t('a', () => fs.readSync(fd, Buffer.alloc(3), -1, 1, 0)); t('b', () => fs.readSync(fd, Buffer.alloc(3), 0, 5, 0)); t('c', () => fs.readSync('a', Buffer.alloc(3))); t('d', () => fs.readSync(-1, Buffer.alloc(3))); t('e', () => fs.readSync(1.5, Buffer.alloc(3))); t('f', () => fs.readSync(fd, 'abc')); t('g', () => fs.readSync(fd, Buffer.alloc(3),0,1,'x')); t('h', () => fs.readSync(fd, Buffer.alloc(3), 0, 0, 0));
