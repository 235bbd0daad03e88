const crypto = require('crypto');
const a = new Uint32Array(4);
console.log(crypto.randomFillSync(a) === a, crypto.randomFillSync(Buffer.alloc(10), 5).subarray(0, 5).toString('hex'));
const b = Buffer.alloc(8);
crypto.randomFillSync(b, 2, 3);
console.log(b[0], b[1], b[5], b[6], b[7]);
crypto.randomFill(new Uint8Array(4), (e, r) => console.log('cb', e, r.length));
crypto.randomFill(Buffer.alloc(6), 1, 2, (e, r) => console.log('cb2', e, r[0], r[3], r[4], r[5]));
try { crypto.randomFillSync('x'); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.randomFillSync(Buffer.alloc(4), 5); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.randomFillSync(Buffer.alloc(4), 1, 4); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.randomFill(Buffer.alloc(4)); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
