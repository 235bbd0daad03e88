const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', () => console.log('1'));
e.on('x', () => { throw new Error('from listener'); });
e.on('x', () => console.log('3 not reached'));
try { e.emit('x'); } catch (err) { console.log('caught', err.message); }
