const x = require('./x');
console.log('main sees x:', x);
