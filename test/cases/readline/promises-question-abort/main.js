const { createInterface } = require('node:readline/promises');
(async () => {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const ac = new AbortController();
  const pending = rl.question('slow? ', { signal: ac.signal });
  ac.abort();
  try { await pending; } catch (e) { console.log(e.name, e.code, e.message); }
  try { await rl.question('x', { signal: ac.signal }); } catch (e) { console.log('pre', e.name, e.code); }
  console.log(await rl.question('again: '));
  rl.close();
  try { await rl.question('closed? '); } catch (e) { console.log(e.code, e.message); }
})();
