const util = require('util');
console.log(util.formatWithOptions({ colors: true }, '%s and %o', 'str', [1]));
console.log(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }, 'tail'));
console.log(util.formatWithOptions({ compact: false }, '%O', { x: 1 }));
try { util.formatWithOptions('bad', 'x'); } catch (e) { console.log(e.code, e.message); }
