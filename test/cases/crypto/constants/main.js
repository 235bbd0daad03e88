const crypto = require('crypto');
console.log(JSON.stringify(crypto.constants));
