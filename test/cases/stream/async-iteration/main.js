const { Readable } = require('stream');
(async () => {
  const r = new Readable({ read() {} });
  r.push('a'); r.push('b'); setTimeout(() => { r.push('c'); r.push(null); }, 5);
  for await (const c of r) console.log('chunk', String(c));
  console.log('destroyed after loop', r.destroyed);
  const r2 = Readable.from(['1', '2', '3']);
  for await (const c of r2) { console.log('r2', c); break; }
  console.log('destroyed after break', r2.destroyed);
  const r3 = new Readable({ read() { this.destroy(new Error('read failed')); } });
  try { for await (const c of r3) console.log(c); } catch (e) { console.log('loop threw', e.message); }
  const r4 = Readable.from(['p', 'q']);
  const it = r4[Symbol.asyncIterator]();
  console.log(await it.next(), await it.next(), await it.next());
  const r5 = Readable.from(['keep', 'going']);
  for await (const c of r5.iterator({ destroyOnReturn: false })) { console.log('r5', c); break; }
  console.log('r5 destroyed', r5.destroyed, r5.read());
})();
