const readline = require('readline');
const { PassThrough } = require('stream');
const ac = new AbortController();
const rl = readline.createInterface({ input: new PassThrough(), signal: ac.signal });
rl.on('close', () => console.log('closed by abort'));
ac.abort();
const rl2 = readline.createInterface({ input: new PassThrough(), signal: AbortSignal.abort() });
rl2.on('close', () => console.log('closed on next tick'));
console.log('sync end', rl2.closed);
