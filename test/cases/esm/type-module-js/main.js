import { x } from './lib.js';
console.log(x, typeof require, typeof module);
