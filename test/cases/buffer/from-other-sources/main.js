console.log(Buffer.from([1, 2, 256, -1, 3.7, '4', 'x']));
const ab = new ArrayBuffer(8);
const v = new Uint8Array(ab); v.set([1, 2, 3, 4, 5, 6, 7, 8]);
const shared = Buffer.from(ab, 2, 3);
console.log(shared, shared.byteOffset, shared.length);
v[2] = 99; console.log(shared[0]);
const copy = Buffer.from(Buffer.from('xyz'));
console.log(copy.toString());
console.log(Buffer.from(new Uint16Array([1, 0x102])));
console.log(Buffer.from({ length: 3, 0: 65, 1: 66, 2: 67 }));
console.log(Buffer.from(new String('str')));
console.log(Buffer.from({ type: 'Buffer', data: [7, 8] }));
for (const bad of [undefined, null, 5, {}, Symbol('s')]) {
  try { Buffer.from(bad); } catch (e) { console.log(e.code, e.message); }
}
