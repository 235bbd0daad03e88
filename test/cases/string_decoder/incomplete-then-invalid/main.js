const { StringDecoder } = require('string_decoder');
const seqs = [[[0xe2], [0x41]], [[0xf0, 0x9f], [0xe2, 0x82, 0xac]], [[0xc3], [0xc3, 0xa9]], [[0xed, 0xa0], [0x80]], [[0xf4, 0x90], [0x80, 0x80]]];
for (const parts of seqs) {
  const d = new StringDecoder('utf8');
  const out = parts.map((p) => JSON.stringify(d.write(Buffer.from(p))));
  out.push(JSON.stringify(d.end()));
  console.log(parts.map((p) => p.map((x) => x.toString(16)).join(' ')).join(' | '), '=>', out.join(' '));
}
