const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label); show(e); } };
const h = Buffer.alloc(12); h.writeUInt32LE(0xDADAFEED, 0); h.writeInt32LE(16, 4); h.writeInt32LE(5, 8); fs.writeFileSync(S+'/d.bin', Buffer.concat([h, Buffer.from('....hello!!')])); function readData(filename) { const fd = fs.openSync(filename); try { const header = Buffer.alloc(12); fs.readSync(fd, header, 0, 12, 0); if (header.readUInt32LE(0) !== 0xDADAFEED) throw new Error('File is of wrong type'); const offset = header.readInt32LE(4); const length = header.readInt32LE(8); const data = Buffer.alloc(length); fs.readSync(fd, data, 0, length, offset); return data; } finally { fs.closeSync(fd); } } console.log(readData(S+'/d.bin').toString()); fs.writeFileSync(S+'/bad', Buffer.alloc(12)); t('bad', () => readData(S+'/bad'));
