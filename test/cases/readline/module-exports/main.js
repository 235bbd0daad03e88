const readline = require('readline');
const promises = require('readline/promises');
console.log(Object.keys(readline));
console.log(Object.keys(promises));
console.log(readline.promises === promises);
console.log(typeof readline.Interface, typeof promises.Interface, typeof promises.Readline);
console.log(typeof readline.Interface.prototype.question, typeof readline.Interface.prototype[Symbol.asyncIterator]);
