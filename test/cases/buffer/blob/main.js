const { Blob } = require('buffer');
(async () => {
  const b = new Blob(['hello ', Buffer.from('wörld'), new Uint8Array([33])], { type: 'Text/Plain' });
  console.log(b.size, JSON.stringify(b.type), b instanceof Blob, Blob === globalThis.Blob);
  console.log(await b.text());
  const part = b.slice(6, 12, 'x/y');
  console.log(part.size, part.type, await part.text());
  console.log(Buffer.from(await b.slice(-3).arrayBuffer()));
  console.log(new Blob().size, new Blob([]).type === '');
  console.log(b);
  try { new Blob('abc'); } catch (e) { console.log(e.code, e.message); }
})();
