const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: '$ ' });
rl.on('line', (line) => console.log('line event:', line));
rl.question('first? ', (answer) => {
  console.log('answer:', answer);
  console.log('prompt restored:', JSON.stringify(rl.getPrompt()));
  rl.prompt();
});
