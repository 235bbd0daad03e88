const util = require('util');
process.on('warning', (w) => console.log('listener should not fire', w.message));
const f = util.deprecate(() => 'still works', 'silenced', 'DEP_X');
console.log(f(), process.noDeprecation);
