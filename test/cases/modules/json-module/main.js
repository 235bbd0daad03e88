const data = require('./data.json');
console.log(data);
data.added = 1;
console.log(require('./data.json').added);
console.log(require('./array.json'), require('./string.json'), require('./number.json'));
