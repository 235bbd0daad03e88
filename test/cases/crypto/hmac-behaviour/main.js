const crypto = require('crypto');
const h = crypto.createHmac('sha256', 'k');
h.update('a');
console.log(h.digest('hex'));
console.log(JSON.stringify(h.digest('hex')), h.digest());
const s = crypto.createHmac('sha1', new Uint8Array([9, 9]));
s.end('streamed');
console.log(s.read().toString('hex'));
console.log(crypto.createHmac('sha256', new ArrayBuffer(4)).digest('base64'));
try { crypto.createHmac('nope', 'k'); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.createHmac('sha256', 5); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { crypto.createHmac(5, 'k'); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
