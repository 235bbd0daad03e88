const path                             = require('node:path');
const base         = path.basename(__filename).replace(/\.c[jt]s$/, '');
module.exports = { base }                    ;
console.log(base, typeof module.exports, typeof exports);
