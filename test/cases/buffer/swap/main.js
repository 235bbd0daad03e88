function t(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}

const b = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
console.log(b.swap16(), b.swap32(), b.swap64());
console.log(b.swap16() === b);
t('s16', () => Buffer.alloc(3).swap16());
t('s32', () => Buffer.alloc(6).swap32());
t('s64', () => Buffer.alloc(12).swap64());
const big = Buffer.alloc(256); for (let i = 0; i < 256; i++) big[i] = i; big.swap32(); console.log(big.subarray(0, 8), big.subarray(248));
console.log(Buffer.from('héllo', 'utf16le').swap16().toString('hex'));
