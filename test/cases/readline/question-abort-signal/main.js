const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
const ac = new AbortController();
rl.question('never answered? ', { signal: ac.signal }, (a) => console.log('answer', a));
ac.abort();
console.log('prompt now', JSON.stringify(rl.getPrompt()));
rl.question('pre-aborted? ', { signal: ac.signal }, (a) => console.log('should not run', a));
rl.question('real? ', (a) => { console.log('real answer', a); rl.close(); });
