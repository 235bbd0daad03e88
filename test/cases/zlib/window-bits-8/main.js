const zlib = require('zlib');
console.log(zlib.deflateSync('hello', { windowBits: 8 }).toString('hex'));
console.log(zlib.deflateRawSync('hello', { windowBits: 8 }).toString('hex'));
