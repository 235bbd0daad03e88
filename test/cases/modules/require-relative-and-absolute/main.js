const path = require('path');
const a = require('./lib/a');
const b = require('./lib/a.js');
const c = require(path.join(__dirname, 'lib', 'a.js'));
const d = require(__dirname + '/lib/../lib/a');
console.log(a.name, a === b, b === c, c === d);
console.log(Object.keys(require.cache).map((k) => path.relative(__dirname, k)));
