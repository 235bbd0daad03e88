const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: 'calc> ' });
console.log(JSON.stringify(rl.getPrompt()));
rl.prompt();
rl.on('line', (line) => {
  const n = Number(line);
  console.log(Number.isNaN(n) ? 'not a number' : String(n * 2));
  if (line === 'x') rl.setPrompt('x> ');
  rl.prompt();
});
rl.on('close', () => console.log('\nbye'));
