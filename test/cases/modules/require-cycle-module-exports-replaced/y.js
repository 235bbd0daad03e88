const x = require('./x');
// y holds the original partial exports object, not the later replacement
console.log('y sees x.early:', x.early, Object.keys(x));
setImmediate(() => console.log('y later still sees:', Object.keys(x), x === require('./x')));
