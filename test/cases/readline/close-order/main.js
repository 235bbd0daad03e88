const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin });
rl.on('line', (l) => console.log('line', l));
rl.on('pause', () => console.log('pause'));
rl.on('close', () => { console.log('close'); rl.close(); console.log('second close is a no-op'); });
process.stdin.on('end', () => console.log('stdin end'));
process.on('exit', (c) => console.log('exit', c));
