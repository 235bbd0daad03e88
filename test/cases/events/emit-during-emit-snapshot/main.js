const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', () => { console.log('a'); e.on('x', () => console.log('late')); });
e.on('x', () => console.log('b'));
e.emit('x'); console.log('--'); e.emit('x');
