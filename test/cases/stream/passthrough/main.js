const { PassThrough } = require('stream');
const p = new PassThrough();
p.on('data', (c) => console.log('data', Buffer.isBuffer(c), String(c)));
p.on('end', () => console.log('end'));
p.write('x'); p.write(Buffer.from('y')); p.end();
const o = new PassThrough({ objectMode: true });
o.end({ k: 'v' }); o.on('data', (v) => console.log('object', v));
console.log(p instanceof require('stream').Transform, p instanceof require('stream').Duplex);
