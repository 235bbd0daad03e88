const crypto = require('crypto');
const u = crypto.randomUUID();
console.log(typeof u, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u), crypto.randomUUID({ disableEntropyCache: true }).length);
try { crypto.randomUUID(1); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
