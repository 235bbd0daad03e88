let count: number = 0;
export class Counter {
  value: number;
  constructor(start: number) { this.value = start; }
  inc(): void { this.value++; count++; }
}
export function total(): number { return count; }
export default new Counter(10) as Counter;
