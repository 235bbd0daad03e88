const fs = require('fs');
const block = Buffer.alloc(3 * 1048576 + 5); for (let i = 0; i < block.length; i++) block[i] = i & 0xff;
const fd = fs.openSync('big-io.bin', 'w');
console.log(fs.writeSync(fd, block), fs.writeSync(fd, block, 7, 2000000, 100), fs.writevSync(fd, [block, block.subarray(0, 10)]));
fs.closeSync(fd);
const r = fs.openSync('big-io.bin', 'r'); const into = Buffer.alloc(8 * 1048576);
console.log(fs.readSync(r, into, 0, into.length, 0), fs.readSync(r, into, 3, 2500000, 50), fs.readSync(r, into, 0, 1500000, null), into.subarray(0, 8).toString('hex'));
console.log(fs.statSync('big-io.bin').size, require('crypto').createHash('md5').update(fs.readFileSync('big-io.bin')).digest('hex'));
fs.unlinkSync('big-io.bin');
