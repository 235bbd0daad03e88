console.assert(true, 'not printed');
console.assert(false, 'printed with %s', 'format');
console.assert(false);
console.assert(0, { obj: 1 });
console.assert(false, 'a', 'b');
console.log('assert never throws');
