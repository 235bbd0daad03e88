const { EventEmitter, once } = require('events');
(async () => {
  const e = new EventEmitter();
  setTimeout(() => e.emit('ready', 1, 2), 5);
  console.log('once resolved', await once(e, 'ready'));
  setTimeout(() => e.emit('error', new Error('failed')), 5);
  try { await once(e, 'ready'); } catch (err) { console.log('once rejected', err.message); }
  console.log('listeners left', e.listenerCount('ready'), e.listenerCount('error'));
  const p = once(e, 'error'); e.emit('error', new Error('as value'));
  console.log('error as event', (await p)[0].message);
  const ac = new AbortController();
  const p2 = once(e, 'never', { signal: ac.signal });
  ac.abort();
  try { await p2; } catch (err) { console.log(err.name, err.code, err.message); }
  try { await once(e, 'x', { signal: AbortSignal.abort() }); } catch (err) { console.log('pre-aborted', err.name); }
  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('ping')), 5);
  const [ev] = await once(et, 'ping'); console.log('from EventTarget', ev.type);
})();
