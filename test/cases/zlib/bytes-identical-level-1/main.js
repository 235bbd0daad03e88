const zlib = require('zlib');
let s = '';
for (let i = 0; i < 5000; i++) s += 'word' + (i * 7919 % 1013) + (i % 17 === 0 ? '\n' : ' ');
const z = zlib.gzipSync(s, { level: 1 });
console.log(z.length, require('crypto').createHash('sha256').update(z).digest('hex'));
