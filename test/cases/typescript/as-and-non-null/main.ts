const input: unknown = '42';
const n = Number(input as string);
const list = [1, 2, 3] as const;
const found = [5, 6].find((x) => x > 5)!;
const el = (({ a: 1 }) as unknown) as { a: number };
console.log(n + 1, list, found, el.a, (input as string).length);
