const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const rl = readline.createInterface({ input });
rl.on('pause', () => console.log('pause', input.isPaused()));
rl.on('resume', () => console.log('resume', input.isPaused()));
rl.on('close', () => console.log('close'));
rl.on('line', (l) => {
  console.log('line', l);
  if (l === 'a') {
    console.log(rl.pause() === rl, rl.pause() === undefined);
    setTimeout(() => { console.log(rl.resume() === rl, rl.resume() === undefined); input.end('c\n'); }, 5);
  }
});
input.write('a\nb\n');
