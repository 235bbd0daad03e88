import { y } from './y.mjs';
console.log('detected as module', y);
