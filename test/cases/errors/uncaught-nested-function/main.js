function level3(n) { if (n > 2) throw new RangeError(`too big: ${n}`); }
function level2(n) { level3(n + 1); }
function level1() { level2(2); }
level1();
