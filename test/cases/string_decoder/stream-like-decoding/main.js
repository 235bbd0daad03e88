const { StringDecoder } = require('string_decoder');
const text = 'Größe – 大小 – 🚀🚀';
const bytes = Buffer.from(text);
for (const size of [1, 2, 3, 5, 7]) {
  const d = new StringDecoder('utf8');
  let s = '';
  for (let i = 0; i < bytes.length; i += size) s += d.write(bytes.subarray(i, i + size));
  s += d.end();
  console.log(size, s === text, s.length);
}
const d = new StringDecoder('utf8');
console.log(JSON.stringify(d.write(Buffer.from([0xf0, 0x9f, 0x9a]))), JSON.stringify(d.end(Buffer.from([0x80]))));
