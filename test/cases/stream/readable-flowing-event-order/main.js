const { Readable } = require('stream');
const r = new Readable({ read() {} });
for (const ev of ['readable', 'end', 'close', 'pause', 'resume', 'error']) r.on(ev, () => console.log('event', ev, r.readableFlowing));
console.log('flowing before', r.readableFlowing);
r.removeAllListeners('readable');
r.on('data', (c) => console.log('data', c.toString(), r.readableFlowing));
r.push('a'); r.push('b');
console.log('sync after push');
process.nextTick(() => { r.push('c'); r.push(null); console.log('pushed null'); });
