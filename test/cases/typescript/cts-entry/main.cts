const path: typeof import('node:path') = require('node:path');
const base: string = path.basename(__filename).replace(/\.c[jt]s$/, '');
module.exports = { base } as { base: string };
console.log(base, typeof module.exports, typeof exports);
