import * as lib from './lib.ts';
console.log(Object.keys(lib), lib.make(3));
