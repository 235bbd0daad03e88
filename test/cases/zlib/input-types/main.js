const zlib = require('zlib');
const inputs = ['str', Buffer.from('buf'), new Uint8Array([1, 2, 3]), new Uint16Array([1, 2]), new DataView(new ArrayBuffer(4)), new ArrayBuffer(3)];
for (const i of inputs) console.log(zlib.deflateSync(i).toString('hex'));
