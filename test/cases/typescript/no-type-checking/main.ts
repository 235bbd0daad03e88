// Wrong types run anyway: stripping never checks them.
const n: number = 'not a number' as any;
const s: string = 42 as unknown as string;
function takesString(x: string): number { return typeof x === 'string' ? 1 : 0; }
console.log(n, s, takesString(s as any));
