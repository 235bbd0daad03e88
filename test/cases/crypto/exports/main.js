const crypto = require('crypto');
console.log(Object.keys(crypto).join(','));
