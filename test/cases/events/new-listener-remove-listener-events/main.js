const EventEmitter = require('events');
const e = new EventEmitter();
e.on('newListener', (name, fn) => console.log('newListener', typeof name === 'symbol' ? name.toString() : name, fn.name));
e.on('removeListener', (name, fn) => console.log('removeListener', name, fn.name));
function handler() {}
e.on('data', handler);
e.once('data', function onceHandler() {});
e.emit('data');
e.off('data', handler);
e.on(Symbol('s'), function symHandler() {});
e.removeAllListeners('newListener');
e.on('after', function quiet() {});
e.removeAllListeners();
const o = new EventEmitter();
let adding = false;
o.on('newListener', (ev) => { if (ev === 'go' && !adding) { adding = true; o.on('go', () => console.log('added inside newListener, runs first')); } });
o.on('go', () => console.log('original'));
o.emit('go');
