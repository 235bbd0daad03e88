console.log(import.meta.url);
console.log(import.meta.filename, import.meta.dirname);
console.log(Object.keys(import.meta).sort());
console.log(import.meta.resolve('./other.mjs'));
console.log(import.meta.resolve('fs'), import.meta.resolve('node:path'));
try { import.meta.resolve('./nope.mjs'); } catch (e) { console.log('threw', e.code); }
