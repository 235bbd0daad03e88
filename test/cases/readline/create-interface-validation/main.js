const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
for (const options of [
  { input, historySize: -1 },
  { input, historySize: 'x' },
  { input, historySize: NaN },
  { input, completer: 'nope' },
  { input, tabSize: 0 },
  { input, escapeCodeTimeout: Infinity },
  { input, history: 'x' },
  { input, signal: {} },
]) {
  try { readline.createInterface(options).close(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
