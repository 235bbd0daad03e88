const crypto = require('crypto');
const h = crypto.createHash('sha256');
console.log(h instanceof require('stream').Transform, h instanceof crypto.Hash, typeof h.copy);
