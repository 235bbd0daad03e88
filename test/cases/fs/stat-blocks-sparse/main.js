// st_blocks counts the 4 KiB pages that hold written bytes: a hole left by writing past the end
// or by extending with ftruncate takes none, and shrinking frees the pages past the new end.
const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const fd = fs.openSync(S + '/sparse', 'w+');
const show = (label) => { const s = fs.fstatSync(fd); console.log(label, s.size, s.blocks); };
show('empty');
fs.writeSync(fd, 'z', 100000);
show('one byte far out');
fs.writeSync(fd, 'ab', 4095);
show('two bytes across a page boundary');
fs.ftruncateSync(fd, 5000);
show('shrunk into the second page');
fs.ftruncateSync(fd, 4096);
show('shrunk to one page');
fs.ftruncateSync(fd, 1 << 20);
show('extended');
fs.writeSync(fd, Buffer.alloc(10000, 1), 0, 10000, 0);
show('first pages filled');
fs.closeSync(fd);
fs.writeFileSync(S + '/dense', Buffer.alloc(9000));
const s = fs.statSync(S + '/dense');
console.log('written zeros', s.size, s.blocks);
