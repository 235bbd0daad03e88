const zlib = require('zlib');
console.log(Object.keys(zlib).join(','));
