import { Counter } from './counter.ts';
import defaultCounter, { total } from './counter.ts';
const c: Counter = new Counter(2);
c.inc(); defaultCounter.inc();
console.log(c.value, defaultCounter.value, total());
