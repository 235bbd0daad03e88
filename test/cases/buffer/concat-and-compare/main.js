function t(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}

const a = Buffer.from('abc'), b = Buffer.from('abd'), c = Buffer.from('ab');
console.log(Buffer.concat([a, b, c]));
console.log(Buffer.concat([a, b], 4), Buffer.concat([a], 6), Buffer.concat([]));
console.log(Buffer.concat([new Uint8Array([1, 2]), a]));
t('notlist', () => Buffer.concat('x'));
t('baditem', () => Buffer.concat([a, 'x']));
console.log(Buffer.compare(a, b), Buffer.compare(b, a), Buffer.compare(a, a), Buffer.compare(c, a));
console.log([b, c, a].sort(Buffer.compare).map(String));
console.log(a.compare(b), a.compare(b, 0, 2, 0, 2), a.compare(b, 2, 3, 2, 3));
t('cmpbad', () => Buffer.compare(a, 'x'));
t('range', () => a.compare(b, -1));
console.log(a.equals(Buffer.from('abc')), a.equals(b), a.equals(new Uint8Array([97, 98, 99])));
t('eqbad', () => a.equals('abc'));
