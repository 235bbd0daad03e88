// A short tour of what nodeling runs today: `npm start` runs this file on nodeling.
const path = require('path');
const { EventEmitter } = require('events');
const { Readable, Transform, pipeline } = require('stream');
const util = require('util');
const fs = require('fs');

console.log(`Hello from ${process.release.name} ${process.version} on a virtual ${process.platform} (pid ${process.pid})`);
console.log('cwd:', process.cwd());
console.log('path.join:', path.join('/usr', 'local', '..', 'lib', 'node'));
console.log('util.inspect:', util.inspect({ map: new Map([[1, { deep: [1, 2, 3] }]]), set: new Set(['a']), buf: Buffer.from('hi') }));

const scratch = '/tmp/tour.txt';
fs.writeFileSync(scratch, 'written inside the virtual filesystem\n');
console.log('fs round trip:', fs.readFileSync(scratch, 'utf8').trim());

const bus = new EventEmitter();
bus.once('ready', (what) => console.log('event:', what));
bus.emit('ready', 'EventEmitter works');

const upper = new Transform({
  transform(chunk, _encoding, done) {
    done(null, chunk.toString().toUpperCase());
  },
});
pipeline(Readable.from(['streams ', 'and ', 'backpressure\n']), upper, process.stdout, (err) => {
  if (err) throw err;
});

setTimeout(() => console.log('timers: a timeout fired'), 10);
setImmediate(() => console.log('timers: an immediate ran'));
process.nextTick(() => console.log('process.nextTick runs before promises'));
Promise.resolve().then(() => console.log('...and promises run after ticks'));
process.on('exit', (code) => console.log(`exit event with code ${code}; bye`));
