function first<T>(items: T[]): T | undefined { return items[0]; }
class Box<T extends object = {}> {
  constructor_value: T;
  constructor(value: T) { this.constructor_value = value; }
  map<U extends object>(fn: (value: T) => U): Box<U> { return new Box<U>(fn(this.constructor_value)); }
}
const pairs: Array<[string, number]> = [['a', 1], ['b', 2]];
console.log(first<[string, number]>(pairs), new Box({ n: 1 }).map((v) => ({ m: v.n + 1 })));
const m = new Map<string, Set<number>>();
m.set('k', new Set<number>([1, 2]));
console.log(m);
