const path = require('path');
console.log(process.argv.length, path.isAbsolute(process.argv[0]), process.argv[1] === __filename);
console.log(process.argv.slice(2));
