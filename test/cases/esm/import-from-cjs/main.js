console.log('cjs start');
import('./lib.mjs').then((m) => console.log('got', m.value, m.default));
