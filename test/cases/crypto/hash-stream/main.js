const crypto = require('crypto');
const h = crypto.createHash('sha1');
h.on('readable', () => { const d = h.read(); if (d) console.log('read', d.toString('hex')); });
h.write('hello ');
h.end('world');
const { pipeline, Readable } = require('stream');
const h2 = crypto.createHash('md5');
h2.setEncoding('hex');
pipeline(Readable.from(['a', 'b', 'c']), h2, (err) => console.log('pipeline', err, h2.read()));
