import { count, increment } from './counter.mjs';
console.log(count);
increment();
increment();
console.log(count);
try { count = 5; } catch (e) { console.log(e.name, e.message); }
