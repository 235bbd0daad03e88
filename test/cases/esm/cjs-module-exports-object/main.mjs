import lib, { a, b } from './lib.cjs';
console.log(lib, a, b);
