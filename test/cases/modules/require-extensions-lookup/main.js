console.log(require('./plain'));
console.log(require('./data'));
console.log(require('./data.json') === require('./data'));
console.log(require('./common.cjs'));
// exact file without an extension is taken as-is (loaded as JavaScript)
console.log(require('./noext'));
// a file named exactly wins over an added extension
console.log(require('./both'));
