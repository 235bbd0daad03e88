// Long hex and base64 strings (read as bytes when ASCII): junk, padding, line breaks, non-ASCII.
const bytes = Buffer.alloc(5000);
for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131 + (i >> 7)) & 0xff;
const digest = (b) => require('crypto').createHash('md5').update(b).digest('hex');
const hex = bytes.toString('hex');
const b64 = bytes.toString('base64');
const cases = [
  ['hex', hex], ['hex', hex.toUpperCase()], ['hex', hex + 'f'], ['hex', hex.slice(0, 3001) + 'zz' + hex],
  ['hex', hex.slice(0, 400) + 'é' + hex], ['base64', b64], ['base64url', bytes.toString('base64url')],
  ['base64', b64.replace(/(.{76})/g, '$1\n')], ['base64', b64.replace(/(.{76})/g, '$1\r\n')],
  ['base64', b64.slice(0, 999) + '=' + b64], ['base64', b64.slice(0, 1001) + '*' + b64],
  ['base64', b64.slice(0, 200) + '€' + b64], ['base64', b64.replace(/=+$/, '')], ['base64', b64.slice(0, 2001)],
];
for (const [enc, str] of cases) {
  const b = Buffer.from(str, enc);
  const into = Buffer.alloc(1500, 1);
  console.log(enc, b.length, digest(b), into.write(str, 3, 1000, enc), digest(into));
}
for (const [start, end] of [[0, 5000], [1, 5000], [1, 4999], [7, 4500]]) {
  console.log(start, end, digest(bytes.toString('hex', start, end)), digest(bytes.subarray(1).toString('hex', start, end - 1)));
}
