const readline = require('readline');
const { Writable } = require('stream');
const out = new Writable({ write(c, e, cb) { cb(); } });
const tries = [
  () => readline.cursorTo(out, NaN),
  () => readline.cursorTo(out, 1, NaN),
  () => readline.cursorTo(out, 'a', 2),
  () => readline.cursorTo(out, 1, 2, 'cb'),
  () => readline.moveCursor(out, 1, 1, 5),
  () => readline.clearLine(out, 0, {}),
  () => readline.clearScreenDown(out, 'x'),
];
for (const t of tries) {
  try { console.log(t()); } catch (e) { console.log(e.name, e.code, e.message); }
}
