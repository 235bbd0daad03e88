const { Writable, Readable } = require('stream');
const w = new Writable({
  construct(cb) { console.log('construct'); setTimeout(cb, 2); },
  write(c, e, cb) { console.log('write', String(c)); cb(); },
  final(cb) { console.log('final'); setTimeout(cb, 2); },
});
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
w.end('data');
console.log('sync end of script');
const r = new Readable({ construct(cb) { cb(new Error('construct failed')); }, read() {} });
r.on('error', (e) => console.log('construct error', e.message));
