// Node's forgiving base64/hex decoders, short and long: junk, whitespace, '=' in the middle,
// both alphabets, odd hex lengths, and write() truncated by offset and length.
const show = (b) => `${b.length} ${b.toString('hex').slice(0, 64)}`;
const unit = 'TWFueSBoYW5kcyBtYWtlIGxpZ2h0IHdvcmsu';
const cases = [
  'QUJD', 'QUJDRA', 'QUJDRA=', 'QUJDRA==', 'QUJDRA===', '=QUJD', 'QU=JD', 'QUJD=RA==', 'QU JD\nRA==',
  '  QUJD  ', 'QU\tJ-D_', '-_-_+/+/', 'Q\u0100UJD', 'QUJDé', 'QUJD!@#$RA', 'A', 'AB', 'ABC',
  unit.repeat(3), unit.repeat(3) + '=' + unit, unit.repeat(4).replace(/(.{20})/g, '$1\r\n'),
  `${unit}!!${unit}${unit}`, unit.repeat(5).replace(/\+/g, '-'),
];
for (const s of cases) {
  console.log(JSON.stringify(s.slice(0, 24)), show(Buffer.from(s, 'base64')), show(Buffer.from(s, 'base64url')),
    Buffer.byteLength(s, 'base64'));
}
const hexes = ['abz', 'abc', 'a', 'zz', 'AbCdEf', 'ab cd', '0g', '\u01000', 'ab'.repeat(40) + 'z', 'ab'.repeat(40) + 'xyab',
  'Ab'.repeat(41), 'ab'.repeat(20) + 'é' + 'ab'.repeat(20)];
for (const s of hexes) console.log(JSON.stringify(s.slice(0, 24)), show(Buffer.from(s, 'hex')), Buffer.byteLength(s, 'hex'));
for (const [enc, text] of [['base64', unit.repeat(4)], ['base64url', unit.repeat(4)], ['hex', 'c0ffee'.repeat(30)]]) {
  for (const [offset, length] of [[0, undefined], [5, undefined], [3, 10], [0, 1], [7, 0], [90, 50], [100, undefined]]) {
    const buf = Buffer.alloc(100, 0xee);
    const n = buf.write(text, offset, length, enc);
    console.log(enc, offset, length, n, buf.toString('hex', Math.max(0, offset - 1), Math.min(100, offset + 40)));
  }
}
const big = Buffer.alloc(300000);
for (let i = 0; i < big.length; i++) big[i] = (i * 131 + (i >> 7)) & 0xff;
for (const enc of ['base64', 'base64url', 'hex']) {
  const text = big.toString(enc);
  const back = Buffer.from(text, enc);
  console.log(enc, text.length, text.slice(0, 20), text.slice(-20), back.equals(big));
  console.log(enc, 'ranged', big.toString(enc, 1001, 250003).length, big.toString(enc, 17, 50));
}
