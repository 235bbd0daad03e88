const zlib = require('zlib');
console.log(JSON.stringify(zlib.constants));
console.log(zlib.constants.Z_MAX_CHUNK, Object.isFrozen(zlib.constants));
console.log(JSON.stringify(zlib.codes), Object.isFrozen(zlib.codes));
