const EventEmitter = require('events');
process.on('warning', (w) => console.log(w.name, w.message, w.emitter === e, w.type, w.count));
const e = new EventEmitter();
console.log(e.getMaxListeners(), EventEmitter.defaultMaxListeners);
for (let i = 0; i < 11; i++) e.on('data', () => {});
for (let i = 0; i < 5; i++) e.on('data', () => {});
e.setMaxListeners(2); console.log(e.getMaxListeners());
e.on('other', () => {}); e.on('other', () => {}); e.on('other', () => {});
const z = new EventEmitter(); z.setMaxListeners(0); for (let i = 0; i < 20; i++) z.on('a', () => {});
try { e.setMaxListeners(-1); } catch (err) { console.log(err.code, err.message); }
try { e.setMaxListeners('3'); } catch (err) { console.log(err.code, err.message); }
