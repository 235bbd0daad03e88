const EventEmitter = require('events');
process.on('warning', (w) => console.log(w.message));
EventEmitter.defaultMaxListeners = 1;
const e = new EventEmitter();
e.on(Symbol('tick'), () => {}); e.on(Symbol('tick'), () => {});
const s = Symbol('tock'); e.on(s, () => {}); e.on(s, () => {});
class Custom extends EventEmitter {}
const c = new Custom(); c.on('x', () => {}); c.on('x', () => {});
try { EventEmitter.defaultMaxListeners = -2; } catch (err) { console.log(err.code, err.message); }
