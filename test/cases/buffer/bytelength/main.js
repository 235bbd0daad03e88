function t(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}

for (const [s, enc] of [['abc'], ['€'], ['😀'], ['héllo', 'latin1'], ['abcd', 'hex'], ['abc', 'hex'], ['aGVsbG8=', 'base64'], ['aGVsbG8', 'base64'], ['aGVsbG8', 'base64url'], ['hi', 'utf16le'], ['\ud800', 'utf8']])
  console.log(JSON.stringify(s), enc, Buffer.byteLength(s, enc));
console.log(Buffer.byteLength(new Uint32Array(3)), Buffer.byteLength(new ArrayBuffer(9)), Buffer.byteLength(new DataView(new ArrayBuffer(4))));
t('num', () => Buffer.byteLength(5));
