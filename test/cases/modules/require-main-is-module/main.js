console.log('main:', require.main === module);
require('./lib');
console.log(require.main.filename === __filename, require('./lib').mainFromLib === require.main);
