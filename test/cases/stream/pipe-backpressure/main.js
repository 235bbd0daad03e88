const { Readable, Writable } = require('stream');
let n = 0;
const r = new Readable({ highWaterMark: 2, read() { n++; this.push(n <= 6 ? 'c' + n : null); } });
const log = [];
const w = new Writable({ highWaterMark: 2, write(c, e, cb) { log.push('write ' + c); setTimeout(cb, 2); } });
w.on('drain', () => log.push('drain'));
r.on('pause', () => log.push('pause'));
r.on('resume', () => log.push('resume'));
r.pipe(w).on('finish', () => { log.push('finish'); console.log(log.join('\n')); });
