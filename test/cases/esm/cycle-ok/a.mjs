import { fromB } from './b.mjs';
export function fromA() { return 'a+' + fromB(); }
console.log('a evaluated');
