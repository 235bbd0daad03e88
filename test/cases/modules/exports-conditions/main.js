console.log(require('cond'));
console.log(require('cond/order'));
console.log(require('cond/nested'));
console.log(require('cond/fallback'));
try { require('cond/importonly'); } catch (e) { console.log(e.code); console.log(e.message.replace(__dirname, '<dir>')); }
