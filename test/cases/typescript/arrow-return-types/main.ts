const add = (a: number, b: number): number => a + b;
const curry = <A, B, C>(f: (a: A, b: B) => C) => (a: A) => (b: B): C => f(a, b);
const asyncTwice = async (x: number): Promise<number> => x * 2;
const fns: Array<(n: number) => number> = [(n) => n + 1, (n: number): number => n * 10];
asyncTwice(21).then((v: number) => console.log(add(1, 2), curry(add)(3)(4), fns.map((f) => f(2)), v));
