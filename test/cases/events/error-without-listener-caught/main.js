const EventEmitter = require('events');
const e = new EventEmitter();
for (const v of [new TypeError('bad thing'), 'a string', 42, undefined, { message: 'obj' }]) {
  try { e.emit('error', v); } catch (err) {
    console.log(err === v, err.name, err.code, err.message, err.context === v);
  }
}
e.on('error', (err) => console.log('handled', err.message));
console.log(e.emit('error', new Error('boom')));
