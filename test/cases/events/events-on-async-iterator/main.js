const { EventEmitter, on } = require('events');
(async () => {
  const e = new EventEmitter();
  process.nextTick(() => { e.emit('n', 1); e.emit('n', 2, 'b'); e.emit('n', 3); });
  for await (const args of on(e, 'n')) {
    console.log('got', args);
    if (args[0] === 3) break;
  }
  console.log('listeners after break', e.listenerCount('n'), e.listenerCount('error'));
  const ac = new AbortController();
  process.nextTick(() => { e.emit('m', 'x'); ac.abort(); });
  try {
    for await (const args of on(e, 'm', { signal: ac.signal })) console.log('m', args);
  } catch (err) { console.log(err.name, err.code, err.message); }
  process.nextTick(() => e.emit('error', new Error('stream broke')));
  try { for await (const a of on(e, 'k')) console.log(a); } catch (err) { console.log('iterator threw', err.message); }
})();
