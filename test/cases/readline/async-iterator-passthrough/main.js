const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const rl = readline.createInterface({ input });
(async () => {
  const seen = [];
  for await (const line of rl) seen.push(line);
  console.log(seen);
})();
input.write('1\n2\n');
setTimeout(() => { input.write('3\n4'); input.end(); }, 5);
