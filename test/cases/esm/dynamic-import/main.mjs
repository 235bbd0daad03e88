const m = await import('./lib.mjs');
console.log(m.default, m.n);
const again = await import('./lib.mjs');
console.log(m === again);
import('./missing.mjs').catch((e) => console.log(e.code, e.message));
