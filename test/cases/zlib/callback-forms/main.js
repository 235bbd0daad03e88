// Callback forms of zlib. Each call starts after the previous one finished: on Node, concurrent
// calls complete in whatever order the threadpool finishes them.
const zlib = require('zlib');
zlib.gzip('cb text', (e, r) => zlib.gunzip(r, (e2, r2) => {
  console.log('gzip', e, e2, r2.toString());
  zlib.deflate(Buffer.from('x'), { level: 1 }, (e3, r3) => {
    console.log('deflate', r3.toString('hex'));
    zlib.deflateRaw(new Uint8Array([1, 2, 3]), (e4, r4) => {
      console.log('raw', r4.toString('hex'));
      zlib.unzip(zlib.deflateSync('u'), (e5, r5) => console.log('unzip', r5.toString()));
    });
  });
}));
