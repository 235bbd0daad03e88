const { parseArgs } = require('util');
const tries = [
  { args: ['--unknown'], options: {} },
  { args: ['pos'], options: {} },
  { args: ['--name'], options: { name: { type: 'string' } } },
  { args: ['--flag=x'], options: { flag: { type: 'boolean' } } },
  { args: [], options: { bad: { type: 'number' } } },
  { args: [], options: { s: { type: 'string', short: 'xy' } } },
  { args: [], options: { d: { type: 'string', default: 5 } } },
  { args: ['-z'], options: {} },
];
for (const config of tries) {
  try { console.log(parseArgs(config)); } catch (e) { console.log(e.name, e.code, e.message); }
}
