const EventEmitter = require('events');
const util = require('util');
function Old() { EventEmitter.call(this); }
util.inherits(Old, EventEmitter);
const o = new Old(); o.on('x', (v) => console.log('old style', v)); o.emit('x', 1);
class Ticker extends EventEmitter { tick() { this.emit('tick', ++this.n); } constructor() { super(); this.n = 0; } }
const t = new Ticker(); t.on('tick', (n) => console.log('tick', n)); t.tick(); t.tick();
console.log(t instanceof EventEmitter, Object.keys(new EventEmitter()));
console.log(new EventEmitter());
