const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { console.log('_write', String(c)); process.nextTick(cb); } });
w.write('1', () => console.log('cb 1'));
w.write('2', 'utf8', () => console.log('cb 2'));
w.end(() => console.log('end cb'));
w.on('prefinish', () => console.log('prefinish'));
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
console.log('sync done');
