const encs = ['utf8', 'utf-8', 'UTF8', 'utf16le', 'utf-16le', 'ucs2', 'ucs-2', 'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url'];
const s = 'héllo wörld €😀';
for (const enc of encs) {
  const b = Buffer.from(s, enc);
  console.log(enc, b.length, b.toString('hex'), JSON.stringify(b.toString(enc)));
}
console.log(Buffer.from('aGVsbG8gd29ybGQ=', 'base64').toString());
console.log(Buffer.from('aGVsbG8gd29ybGQ', 'base64').toString());
console.log(Buffer.from('aGV sbG8\nd29y bGQ', 'base64').toString());
console.log(Buffer.from('-_-_', 'base64url').toString('hex'), Buffer.from('+/+/', 'base64').toString('hex'));
console.log(Buffer.from([0xfb, 0xff, 0xfe]).toString('base64'), Buffer.from([0xfb, 0xff, 0xfe]).toString('base64url'));
console.log(Buffer.from('abcdefg', 'hex'), Buffer.from('zz12', 'hex'), Buffer.from('12zz34', 'hex'));
console.log(Buffer.from('\u0100\u00ff', 'latin1'), Buffer.from('\u0100\u00ff', 'ascii'));
