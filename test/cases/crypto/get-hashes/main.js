const crypto = require('crypto');
console.log(JSON.stringify(crypto.getHashes()));
for (const h of crypto.getHashes()) { if (/sm3/i.test(h)) continue; try { crypto.createHash(h).digest(); } catch (e) { console.log(h, e.message); } }
