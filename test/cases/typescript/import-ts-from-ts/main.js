import { Counter } from './counter.js';
import defaultCounter, { total } from './counter.js';
const c          = new Counter(2);
c.inc(); defaultCounter.inc();
console.log(c.value, defaultCounter.value, total());
