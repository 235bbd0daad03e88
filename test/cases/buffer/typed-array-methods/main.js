const b = Buffer.from([5, 1, 4, 2, 3]);
console.log(b.sort(), b.filter((x) => x > 2), b.reduce((s, x) => s + x, 0), b.join('-'));
console.log(b.toLocaleString === Buffer.prototype.toString, b.toLocaleString());
console.log(b.readUInt16BE === b.readUint16BE, typeof b.parent, b.offset === b.byteOffset);
const f = new Float64Array(Buffer.from(new Float64Array([1.5]).buffer).buffer);
console.log(f[0]);
