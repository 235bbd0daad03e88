import c from './old.cjs';
console.log(c);
