const zlib = require('zlib');
const full = zlib.deflateSync('partial data '.repeat(50));
const part = full.subarray(0, full.length - 6);
console.log(zlib.inflateSync(part, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString().length);
