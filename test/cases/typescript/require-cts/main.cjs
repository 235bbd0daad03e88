const lib                                              = require('./lib.cjs');
const json = require('./data.json')                 ;
console.log(lib.double(21), lib.name, json.k);
