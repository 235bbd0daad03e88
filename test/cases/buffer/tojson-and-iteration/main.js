const b = Buffer.from('hi!');
console.log(b.toJSON(), JSON.stringify({ b }), JSON.stringify(Buffer.alloc(0)));
console.log(JSON.parse(JSON.stringify(b), (k, v) => v && v.type === 'Buffer' ? Buffer.from(v.data) : v));
for (const x of b) console.log('byte', x);
console.log([...b.keys()], [...b.values()], [...b.entries()]);
console.log(Array.from(b), [...b].map((x) => x + 1), b.map((x) => x + 1));
console.log(Object.keys(Buffer.from('ab')));
