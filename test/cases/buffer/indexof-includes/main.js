function t(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}

const b = Buffer.from('this is a buffer is it');
console.log(b.indexOf('is'), b.indexOf('is', 3), b.indexOf('is', -5), b.lastIndexOf('is'), b.lastIndexOf('is', 10));
console.log(b.indexOf(Buffer.from('a b')), b.indexOf(0x62), b.indexOf(0x162), b.indexOf('zzz'), b.indexOf(''), b.indexOf('', 99));
console.log(b.includes('buffer'), b.includes('buffer', 12), b.indexOf('6275', 0, 'hex'), b.indexOf('aXM=', 'base64'));
console.log(Buffer.from('a\u0000b\u0000', 'utf8').indexOf('b\u0000', 0, 'utf16le'), Buffer.from('ab', 'utf16le').indexOf('b', 'utf16le'));
console.log(b.lastIndexOf(0x69), b.lastIndexOf('t', -5), b.indexOf('t', NaN), b.lastIndexOf('t', NaN));
t('bad', () => b.indexOf({}));
t('badenc', () => b.indexOf('a', 0, 'what'));
