// .js is tried before .json, and .json before .node; .cjs is never added automatically
console.log(require('./x'));
try { require('./onlycjs'); } catch (e) { console.log(e.code); }
console.log(require('./onlycjs.cjs'));
console.log(require.extensions === require('module')._extensions, Object.keys(require.extensions));
