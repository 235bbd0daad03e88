const { Readable } = require('stream');
(async () => {
  const collect = async (r) => { const out = []; for await (const c of r) out.push(c); return out; };
  console.log(await collect(Readable.from([1, 2, 3])));
  console.log(await collect(Readable.from((function* () { yield 'g1'; yield 'g2'; })())));
  console.log(await collect(Readable.from((async function* () { yield 'a1'; await null; yield 'a2'; })())));
  console.log(await collect(Readable.from('whole string')));
  console.log(await collect(Readable.from(Buffer.from('buf'))));
  try { Readable.from(Promise.resolve('p')); } catch (e) { console.log('promise', e.code, e.message); }
  console.log(await collect(Readable.from(['x'], { objectMode: false })));
  const r = Readable.from([1]); console.log(r.readableObjectMode, r.readableHighWaterMark);
  try { Readable.from(5); } catch (e) { console.log(e.code, e.message); }
  try { await collect(Readable.from([null])); } catch (e) { console.log(e.code, e.message); }
  const gen = (async function* () { yield 1; throw new Error('gen broke'); })();
  try { await collect(Readable.from(gen)); } catch (e) { console.log('caught', e.message); }
})();
