const crypto = require('crypto');
const a = new Uint32Array(4);
console.log(crypto.randomFillSync(a) === a, crypto.randomFillSync(Buffer.alloc(10), 5).subarray(0, 5).toString('hex'));
const b = Buffer.alloc(8);
crypto.randomFillSync(b, 2, 3);
console.log(b[0], b[1], b[5], b[6], b[7]);
// The second fill starts from the first one's callback: two fills in flight at once finish in
// whichever order node's thread pool happens to run them.
crypto.randomFill(new Uint8Array(4), (e, r) => {
  console.log('cb', e, r.length);
  crypto.randomFill(Buffer.alloc(6), 1, 2, (e2, r2) => console.log('cb2', e2, r2[0], r2[3], r2[4], r2[5]));
});
try { crypto.randomFillSync('x'); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.randomFillSync(Buffer.alloc(4), 5); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.randomFillSync(Buffer.alloc(4), 1, 4); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.randomFill(Buffer.alloc(4)); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
