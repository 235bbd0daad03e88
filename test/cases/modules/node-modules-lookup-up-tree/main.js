require('./sub/deeper/inner.js');
console.log(require('up').where);
try { require('near'); } catch (e) { console.log('main cannot see near:', e.code); }
