console.log('first');
const p = require('stream/promises');
console.log(p === require('stream').promises);
