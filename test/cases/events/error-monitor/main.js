const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;
console.log(typeof errorMonitor, String(errorMonitor), errorMonitor === require('events').errorMonitor);
const e = new EventEmitter();
e.on(errorMonitor, (err) => console.log('monitor saw', err.message));
try { e.emit('error', new Error('x1')); } catch (err) { console.log('still thrown', err.message); }
e.on('error', (err) => console.log('handler', err.message));
e.emit('error', new Error('x2'));
