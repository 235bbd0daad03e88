function t(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}

const src = Buffer.from('abcdefgh'), dst = Buffer.alloc(6, '.');
console.log(src.copy(dst), dst.toString());
dst.fill('.');
console.log(src.copy(dst, 2, 5), dst.toString());
console.log(src.copy(dst, 0, 1, 3), dst.toString());
console.log(src.copy(dst, 10), src.copy(dst, 0, 7, 2));
const b = Buffer.from('0123456789'); b.copy(b, 2, 0, 6); console.log(b.toString());
t('neg', () => src.copy(dst, -1));
t('srcneg', () => src.copy(dst, 0, -1));
t('notbuf', () => src.copy('x'));
