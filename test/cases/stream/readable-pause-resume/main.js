const { Readable } = require('stream');
const r = Readable.from(['1', '2', '3', '4']);
r.on('data', (c) => {
  console.log('data', c, 'paused?', r.isPaused());
  if (c === '2') { r.pause(); console.log('paused', r.isPaused(), r.readableFlowing); setTimeout(() => { console.log('resuming'); r.resume(); }, 5); }
});
r.on('end', () => console.log('end'));
const idle = new Readable({ read() {} });
console.log(idle.isPaused(), idle.readableFlowing);
idle.pause(); console.log(idle.isPaused(), idle.readableFlowing);
