const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.question('What is your name? ', (name) => {
  console.log(`Hello, ${name}!`);
  rl.question('Age? ', (age) => {
    console.log(`In ten years: ${Number(age) + 10}`);
    rl.close();
  });
});
rl.on('close', () => console.log('closed'));
