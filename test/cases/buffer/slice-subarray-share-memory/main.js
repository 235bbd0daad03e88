const b = Buffer.from('abcdef');
const s = b.slice(1, 4), sa = b.subarray(2), neg = b.subarray(-2), empty = b.subarray(4, 2);
s[0] = 0x42; sa[sa.length - 1] = 0x46;
console.log(b.toString(), s.toString(), sa.toString(), neg.toString(), empty.length);
console.log(s.buffer === b.buffer, s.byteOffset - b.byteOffset, s instanceof Buffer);
const u = Uint8Array.prototype.slice.call(b, 0, 2); u[0] = 0; console.log(b[0], u);
console.log(b.slice(-100, 100).length, b.subarray(1.9, 3.2).toString());
