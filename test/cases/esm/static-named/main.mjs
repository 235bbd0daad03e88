import { a, b as bee } from './lib.mjs';
console.log(a, bee);
