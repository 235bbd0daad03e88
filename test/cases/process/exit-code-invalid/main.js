for (const v of ['2', 1.5, 'abc', true]) {
  try { process.exitCode = v; console.log('accepted', JSON.stringify(v), process.exitCode); } catch (e) { console.log(e.code, e.message); }
}
try { process.exit('x'); } catch (e) { console.log(e.code, e.message); }
process.exitCode = 0;
