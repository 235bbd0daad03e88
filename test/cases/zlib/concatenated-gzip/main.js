const zlib = require('zlib');
const two = Buffer.concat([zlib.gzipSync('first '), zlib.gzipSync('second')]);
console.log(zlib.gunzipSync(two).toString());
console.log(zlib.gunzipSync(Buffer.concat([zlib.gzipSync('x'), Buffer.from([0, 0, 0])])).toString());
