const a = await import('./lib.mjs?v=1');
const b = await import('./lib.mjs?v=2');
const c = await import('./lib.mjs?v=1');
console.log(a === b, a === c, a.url, b.url);
const d = await import('./with%20space.mjs');
console.log(d.default);
const e = await import(new URL('./lib.mjs#frag', import.meta.url).href);
console.log(e.url);
