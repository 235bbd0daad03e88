const { Readline } = require('readline/promises');
const { Writable } = require('stream');
const out = new Writable({ write(c, e, cb) { cb(); } });
const tries = [
  () => new Readline({}),
  () => new Readline(out, { autoCommit: 'yes' }),
  () => new Readline(out).cursorTo('1'),
  () => new Readline(out).cursorTo(1, 1.5),
  () => new Readline(out).moveCursor(1, 'x'),
  () => new Readline(out).clearLine(2),
  () => new Readline(out).clearLine(),
];
for (const t of tries) {
  try { t(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
