import { a } from './a.mjs';
export const b = 'b';
try { console.log(a); } catch (e) { console.log(e.name + ': ' + e.message); }
