const b = Buffer.alloc(16);
console.log(b.writeFloatBE(1.5, 0), b.writeFloatLE(-0.1, 4), b.writeDoubleBE(Math.PI, 8), b.toString('hex'));
console.log(b.readFloatBE(0), b.readFloatLE(4), b.readDoubleBE(8), b.readDoubleLE(8));
b.writeFloatBE(Infinity, 0); b.writeFloatLE(NaN, 4); console.log(b.readFloatBE(0), b.readFloatLE(4));
b.writeFloatBE(1e40, 0); console.log(b.readFloatBE(0));
console.log(b.writeBigInt64BE(-1n, 0), b.writeBigUInt64LE(0x0102030405060708n, 8), b.toString('hex'));
console.log(b.readBigInt64BE(0), b.readBigUInt64BE(0), b.readBigUInt64LE(8), b.readBigInt64LE(8), b.readBigUint64BE(8));
b.writeBigUint64BE(2n ** 64n - 1n); console.log(b.readBigInt64LE());
