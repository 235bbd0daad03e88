const { Readable, Writable } = require('stream');
(async () => {
  const web = Readable.toWeb(Readable.from([Buffer.from('to'), Buffer.from('web')]));
  console.log(web.constructor.name);
  const reader = web.getReader();
  let res; const parts = [];
  while (!(res = await reader.read()).done) parts.push(res.value.constructor.name + ':' + Buffer.from(res.value).toString());
  console.log(parts);
  const rs = new ReadableStream({ start(c) { c.enqueue('from'); c.enqueue('web'); c.close(); } });
  const node = Readable.fromWeb(rs, { objectMode: true });
  for await (const c of node) console.log('node got', c);
  const ws = Writable.toWeb(new Writable({ write(c, e, cb) { console.log('sink', String(c)); cb(); } }));
  const wr = ws.getWriter(); await wr.write(new Uint8Array([104, 105])); await wr.close();
  const nodeW = Writable.fromWeb(new WritableStream({ write(c) { console.log('web sink', Buffer.from(c).toString()); } }));
  nodeW.end('bye', () => console.log('fromWeb finished'));
  try { Readable.fromWeb({}); } catch (e) { console.log(e.code, e.message); }
})();
