const zlib = require('zlib');
zlib.gzip('cb text', (e, r) => zlib.gunzip(r, (e2, r2) => console.log('gzip', e, e2, r2.toString())));
zlib.deflate(Buffer.from('x'), { level: 1 }, (e, r) => console.log('deflate', r.toString('hex')));
zlib.deflateRaw(new Uint8Array([1, 2, 3]), (e, r) => console.log('raw', r.toString('hex')));
zlib.unzip(zlib.deflateSync('u'), (e, r) => console.log('unzip', r.toString()));
