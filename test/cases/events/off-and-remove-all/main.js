const EventEmitter = require('events');
const e = new EventEmitter();
const f = () => console.log('f'), g = () => console.log('g');
e.on('a', f); e.on('a', g); e.on('a', f); e.on('b', g);
e.off('a', f); console.log(e.listeners('a').map((x) => x.name));
e.removeListener('a', () => {}); console.log(e.listenerCount('a'));
e.emit('a');
console.log(e.removeAllListeners('a') === e, e.eventNames());
e.removeAllListeners(); console.log(e.eventNames());
const o = new EventEmitter(); o.once('q', f); o.off('q', f); console.log(o.emit('q'));
const r = new EventEmitter();
r.on('x', function a() { console.log('a'); r.off('x', b); });
function b() { console.log('b still called in this emit'); }
r.on('x', b); r.emit('x'); r.emit('x');
