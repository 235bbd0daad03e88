const readline = require('readline');
const rl = readline.createInterface(process.stdin, process.stdout);
console.log(JSON.stringify(rl.getPrompt()), rl.terminal);
rl.prompt();
rl.on('line', (l) => { console.log('[' + l + ']'); rl.prompt(); });
