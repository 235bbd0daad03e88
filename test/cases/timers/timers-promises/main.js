const tp = require('timers/promises');
console.log(Object.keys(tp).sort());
(async () => {
  console.log(await tp.setTimeout(2, 'timeout value'));
  console.log(await tp.setImmediate('immediate value'));
  let n = 0;
  for await (const v of tp.setInterval(2, 'interval value')) {
    console.log(++n, v);
    if (n === 3) break;
  }
  const ac = new AbortController();
  const p = tp.setTimeout(1000, 'x', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log(e.name, e.code, e.message); }
  try { await tp.setTimeout(1, 'x', { signal: AbortSignal.abort() }); } catch (e) { console.log('pre-aborted:', e.name); }
  console.log(await tp.setTimeout(1), 'is resolved when no value');
  await tp.setTimeout(1000, null, { ref: false });
  console.log('never: unref promise timer does not keep alive');
})();
