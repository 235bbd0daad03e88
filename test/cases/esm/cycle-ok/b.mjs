import { fromA } from './a.mjs';
export function fromB() { return 'b'; }
console.log('b evaluated', typeof fromA);
