// Encoding and decoding bytes that live on a SharedArrayBuffer, at odd offsets.
const shared = new SharedArrayBuffer(4096);
const buf = Buffer.from(shared, 3, 4000);
const other = new SharedArrayBuffer(4096);
for (let i = 0; i < buf.length; i++) buf[i] = (i * 29) & 0xff;
for (const enc of ['base64', 'base64url', 'hex']) {
  const text = buf.toString(enc, 1, 3001);
  console.log(enc, text.length, text.slice(0, 32), text.slice(-16));
  const target = Buffer.from(other, 1, 4090);
  target.fill(0);
  const n = target.write(text, 7, enc);
  console.log(enc, n, target.subarray(7, 7 + n).equals(buf.subarray(1, 3001)));
  console.log(enc, buf.subarray(5, 40).toString(enc));
}
const u8 = new Uint8Array(shared, 10, 100);
console.log(Buffer.from(u8.buffer, u8.byteOffset, u8.length).toString('base64').slice(0, 40));
