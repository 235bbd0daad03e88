const raw: unknown = 5;
const n = <number>raw;
console.log(n);
