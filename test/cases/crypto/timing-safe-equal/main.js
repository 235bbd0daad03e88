const crypto = require('crypto');
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')), crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])));
try { crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
