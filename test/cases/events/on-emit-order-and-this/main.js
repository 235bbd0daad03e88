const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', function (a, b) { console.log('first', a, b, this === e); });
e.addListener('x', (...args) => console.log('second', args));
console.log('emit returned', e.emit('x', 1, 2, 3));
console.log('no listeners', e.emit('y'));
console.log(e.on('z', () => {}) === e, e.addListener === e.on, EventEmitter.EventEmitter === EventEmitter);
const s = Symbol('sym'); e.on(s, () => console.log('symbol event')); e.emit(s);
