const readline = require('readline/promises');
(async () => {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const a = await rl.question('First number: ');
  const b = await rl.question('Second number: ');
  console.log(`${a} + ${b} = ${Number(a) + Number(b)}`);
  rl.close();
})();
