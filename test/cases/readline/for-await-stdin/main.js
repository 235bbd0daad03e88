const readline = require('readline');
async function main() {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let count = 0;
  for await (const line of rl) {
    count++;
    console.log(`${count}: ${line}`);
  }
  console.log('total', count);
}
main();
