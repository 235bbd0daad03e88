console.log(require('sm'));
console.log(require('sm/util'));
console.log(require('sm/features/a.js'));
console.log(require('sm/features/b'));
console.log(require('sm/package.json').name);
for (const spec of ['sm/src/index.js', 'sm/missing', 'sm/secret/x']) {
  try { require(spec); } catch (e) { console.log(e.code); console.log(e.message.replace(__dirname, '<dir>')); }
}
