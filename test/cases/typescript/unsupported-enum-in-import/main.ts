import { Level } from './levels.ts';
console.log(Level);
