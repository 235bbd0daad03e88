const zlib = require('zlib');
console.log(zlib.crc32('hello'), zlib.crc32(Buffer.from('world'), 123), zlib.crc32(''));
console.log(zlib.crc32(new Uint16Array([1, 2, 3])), zlib.crc32('x'.repeat(1000)), zlib.crc32('é', 4294967295));
let c = 0; for (const p of ['ab', 'cd', 'ef']) c = zlib.crc32(p, c);
console.log(c === zlib.crc32('abcdef'));
