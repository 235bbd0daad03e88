import { value } from './slow.mjs';
console.log('main', value);
