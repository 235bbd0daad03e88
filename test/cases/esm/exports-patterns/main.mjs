import a from 'feat/features/a.js';
import b from 'feat/features/deep/b.js';
console.log(a, b);
try { await import('feat/features/private/c.js'); } catch (e) { console.log(e.code); }
