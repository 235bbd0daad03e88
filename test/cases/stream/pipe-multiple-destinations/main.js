const { Readable, Writable } = require('stream');
const sink = (name) => new Writable({ write(c, e, cb) { console.log(name, String(c)); cb(); } }).on('finish', () => console.log(name, 'finish'));
const r = Readable.from(['x', 'y'], { objectMode: false });
r.pipe(sink('A')); r.pipe(sink('B'));
