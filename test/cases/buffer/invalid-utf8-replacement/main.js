const cases = [[0xff], [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0x61, 0x80, 0x62], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x28, 0xa1], [0xf0, 0x28, 0x8c, 0x28]];
for (const c of cases) {
  const s = Buffer.from(c).toString();
  console.log(c.map((x) => x.toString(16)).join(' '), JSON.stringify(s), [...s].map((ch) => ch.codePointAt(0).toString(16)).join(','));
}
console.log(Buffer.from('\ud83d').toString('hex'), Buffer.from('a\udc00b').toString('hex'), Buffer.from('\ud83d\ude00').toString('hex'));
