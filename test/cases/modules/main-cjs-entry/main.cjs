// a .cjs entry is CommonJS whatever the nearest package.json "type" says
console.log(require('path').basename(__filename), typeof module.exports, require.main === module);
console.log(require('./dep.cjs'));
