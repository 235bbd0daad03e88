const { Readable } = require('stream');
const r = new Readable();
r.on('error', (e) => console.log(e.code, e.message));
r.on('close', () => console.log('close'));
r.read();
