console.log('lib:', require.main === module);
exports.mainFromLib = require.main;
