const timers = require('timers');
console.log(timers.setTimeout === setTimeout, timers.setInterval === setInterval, timers.setImmediate === setImmediate);
console.log(timers.clearTimeout === clearTimeout, require('node:timers') === timers);
console.log(Object.keys(timers).sort());
const util = require('util');
timers.setTimeout(() => {
  console.log('via timers module');
  util.promisify(setTimeout)(2, 'promisified timeout value').then((v) => {
    console.log(v);
    return util.promisify(setImmediate)('promisified immediate value');
  }).then((v) => console.log(v));
}, 1);
