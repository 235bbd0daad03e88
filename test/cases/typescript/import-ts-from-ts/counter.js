let count         = 0;
export class Counter {
  value        ;
  constructor(start        ) { this.value = start; }
  inc()       { this.value++; count++; }
}
export function total()         { return count; }
export default new Counter(10)           ;
