const readline = require('readline');
const util = require('util');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
const ask = util.promisify(rl.question).bind(rl);
ask('color? ').then((c) => { console.log('color is', c); rl.close(); });
