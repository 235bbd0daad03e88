const deep = { l1: { l2: { l3: { l4: { l5: 'deep' } } } }, s: 'str' };
console.dir(deep);
console.dir(deep, { depth: 0 });
console.dir(deep, { depth: null });
console.dir('a string');
console.dir({ hidden: 1 }, { showHidden: true });
console.dir([1, 2, 3], { colors: false });
