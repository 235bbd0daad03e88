const EventEmitter = require('events');
const e = new EventEmitter();
function keep() { return 'keep'; }
function one() { console.log('one called'); }
e.on('x', keep); e.once('x', one);
const l = e.listeners('x'), raw = e.rawListeners('x');
console.log(l.map((f) => f.name), l[1] === one, raw[1] === one, raw[1].listener === one);
raw[1](); console.log(e.listenerCount('x'));
e.once('y', one); e.rawListeners('y')[0].listener(); console.log(e.listenerCount('y'));
console.log(e.listenerCount('x', keep), EventEmitter.listenerCount(e, 'x'));
console.log(e.listeners('nope'), e.rawListeners('nope'));
const s = Symbol('s'); e.on(s, keep); console.log(e.eventNames());
