const rel = (s) => s.split(__dirname).join('<dir>');
for (const spec of ['./missing', 'no-such-package', '/abs/missing.js']) {
  try { require(spec); } catch (e) {
    console.log(e.code, e instanceof Error);
    console.log(rel(e.message));
    console.log(e.requireStack.map(rel));
  }
}
require('./nested');
