const path = require('path');
console.log(process.argv0);
console.log(path.isAbsolute(process.execPath), process.argv[0] === process.execPath);
