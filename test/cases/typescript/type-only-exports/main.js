import * as lib from './lib.js';
console.log(Object.keys(lib), lib.make(3));
