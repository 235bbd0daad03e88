console.log(require('ex'));
console.log(require.resolve('ex').slice(__dirname.length));
try { require('ex/build/real.js'); } catch (e) { console.log(e.code); console.log(e.message.replace(__dirname, '<dir>')); }
