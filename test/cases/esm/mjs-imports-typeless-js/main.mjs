import x from './plain.js';
console.log(x);
