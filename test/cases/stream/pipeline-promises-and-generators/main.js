const { pipeline } = require('stream/promises');
const streamPromises = require('stream/promises');
const { Readable, Writable } = require('stream');
(async () => {
  const out = [];
  await pipeline(
    Readable.from(['x', 'y']),
    async function* (source) { for await (const c of source) yield String(c).toUpperCase() + '!'; },
    new Writable({ write(c, e, cb) { out.push(String(c)); cb(); } }),
  );
  console.log('generator pipeline', out);
  const result = await pipeline(Readable.from(['1', '2']), async (source) => { let s = ''; for await (const c of source) s += c; return s; });
  console.log('final function result', result);
  try {
    await pipeline(Readable.from(['1']), async function* (s) { for await (const c of s) throw new Error('gen failed on ' + c); }, new Writable({ write(c, e, cb) { cb(); } }));
  } catch (e) { console.log('rejected', e.message); }
  const ac = new AbortController();
  const p = pipeline(new Readable({ read() {} }), new Writable({ write(c, e, cb) { cb(); } }), { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log(e.name, e.code, e.message); }
  console.log(Object.keys(streamPromises).sort(), streamPromises === require('stream').promises);
})();
