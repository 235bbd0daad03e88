const EventEmitter = require('events');
const e = new EventEmitter({ captureRejections: true });
e.on('work', async (n) => { throw new Error('rejected ' + n); });
e.on('error', (err) => console.log('error event', err.message));
e.emit('work', 1);
class WithSymbol extends EventEmitter {
  [EventEmitter.captureRejectionSymbol](err, name, ...args) { console.log('custom handler', err.message, name, args); }
}
const w = new WithSymbol({ captureRejections: true });
w.on('job', async () => { throw new Error('job failed'); });
w.emit('job', 'a', 'b');
console.log(EventEmitter.captureRejections, typeof EventEmitter.captureRejectionSymbol, String(EventEmitter.captureRejectionSymbol));
try { new EventEmitter({ captureRejections: 1 }); } catch (err) { console.log(err.code, err.message); }
