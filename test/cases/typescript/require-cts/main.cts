const lib: { double(n: number): number; name: string } = require('./lib.cts');
const json = require('./data.json') as { k: string };
console.log(lib.double(21), lib.name, json.k);
