function t(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}

console.log(Buffer.alloc(5));
console.log(Buffer.alloc(5, 1));
console.log(Buffer.alloc(7, 'ab'));
console.log(Buffer.alloc(6, 'aGk=', 'base64'));
console.log(Buffer.alloc(4, 0x1ff));
console.log(Buffer.alloc(3, Buffer.from([9, 8])));
console.log(Buffer.allocUnsafe(10).length, Buffer.allocUnsafeSlow(3).length);
console.log(Buffer.allocUnsafe(0), Buffer.alloc(0));
t('neg', () => Buffer.alloc(-1));
t('str', () => Buffer.alloc('5'));
t('nan', () => Buffer.allocUnsafe(NaN));
t('huge', () => Buffer.alloc(2 ** 53));
t('badfill', () => Buffer.alloc(4, 'zz', 'hex'));
t('badenc', () => Buffer.alloc(4, 'a', 'nope'));
console.log(Buffer.poolSize);
