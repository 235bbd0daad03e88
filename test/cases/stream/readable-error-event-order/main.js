const { Readable } = require('stream');
const r = new Readable({ read() {} });
['data', 'end', 'error', 'close', 'pause', 'resume'].forEach((ev) => r.on(ev, (x) => console.log(ev, x instanceof Error ? x.message : x === undefined ? '' : String(x))));
r.push('one');
process.nextTick(() => r.emit('error', new Error('manual emit')));
setTimeout(() => r.destroy(new Error('destroyed')), 5);
