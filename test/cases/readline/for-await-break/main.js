const readline = require('readline');
(async () => {
  const rl = readline.createInterface({ input: process.stdin });
  rl.on('close', () => console.log('close event'));
  for await (const line of rl) {
    console.log('got', line);
    if (line === 'stop') break;
  }
  console.log('after loop', rl.closed);
  rl.close();
  console.log('closed now', rl.closed);
})();
