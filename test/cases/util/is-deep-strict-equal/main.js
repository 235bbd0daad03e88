const { isDeepStrictEqual: eq } = require('util');
console.log(eq({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), eq({ a: 1 }, { a: '1' }), eq([1, 2], { 0: 1, 1: 2 }));
console.log(eq(new Set([1, { x: 1 }]), new Set([{ x: 1 }, 1])), eq(new Map([[1, 'a']]), new Map([[1, 'b']])), eq(NaN, NaN), eq(0, -0));
console.log(eq(new Date(1), new Date(1)), eq(/a/g, /a/i), eq(Buffer.from('a'), new Uint8Array([97])), eq(Object.create(null), {}));
const c1 = { n: 1 }; c1.self = c1; const c2 = { n: 1 }; c2.self = c2; console.log(eq(c1, c2));
console.log(eq([1, , 3], [1, undefined, 3]), eq({ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 1 }), eq(new Error('x'), new Error('x')), eq(new Error('x'), new TypeError('x')));
console.log(eq(new Number(1), new Number(1)), eq(new String('a'), 'a'), eq([1, 2, 3].values(), [1, 2, 3].values()));
