function t(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}

const b = Buffer.alloc(10);
console.log(b.write('hey'), b);
console.log(b.write('€€€€', 4), b);
console.log(b.write('abcdef', 8, 'latin1'), b);
console.log(b.write('ffee', 1, 1, 'hex'), b);
console.log(b.write('zz', 'hex'), b);
console.log(b.write('AQID', 'base64'), b);
t('off', () => b.write('x', 11));
t('notstr', () => b.write(5));
t('enc', () => b.write('x', 0, 1, 'nope'));
