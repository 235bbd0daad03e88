function t(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}

const b = Buffer.alloc(8);
console.log(b.fill('ab'), b.fill(0).fill('x', 2, 5), b.fill(257));
console.log(Buffer.alloc(5).fill('€'));
console.log(Buffer.alloc(6).fill('0a0b', 'hex'), Buffer.alloc(6).fill('0a0b', 1, 'hex'));
console.log(Buffer.alloc(4).fill(''), Buffer.alloc(4).fill(Buffer.from([1, 2, 3])));
t('badhex', () => Buffer.alloc(4).fill('q', 'hex'));
t('range', () => Buffer.alloc(4).fill(1, -1));
t('range2', () => Buffer.alloc(4).fill(1, 0, 9));
console.log(b.fill(1) === b);
