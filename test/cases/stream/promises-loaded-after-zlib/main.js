require('zlib'); const p = require('stream/promises'); console.log(p === require('stream').promises, Object.keys(require('stream').promises));
