const t = process.hrtime();
console.log(Array.isArray(t), t.length, Number.isInteger(t[0]), Number.isInteger(t[1]), t[1] < 1e9);
const d = process.hrtime(t);
console.log(d.length, d[0] >= 0, d[1] >= 0);
const b = process.hrtime.bigint();
console.log(typeof b, process.hrtime.bigint() >= b);
try { process.hrtime([1]); } catch (e) { console.log(e.code, e.message); }
try { process.hrtime('x'); } catch (e) { console.log(e.code, e.message); }
