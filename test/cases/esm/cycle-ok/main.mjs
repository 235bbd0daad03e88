import { fromA } from './a.mjs';
console.log(fromA());
