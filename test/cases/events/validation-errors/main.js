const EventEmitter = require('events');
const e = new EventEmitter();
for (const [label, fn] of [['on', () => e.on('x', 'notfn')], ['once', () => e.once('x', 1)], ['off', () => e.off('x', null)], ['prepend', () => e.prependListener('x', {})]]) {
  try { fn(); console.log(label, 'ok'); } catch (err) { console.log(label, err.code, err.message); }
}
EventEmitter.once({}, 'x').catch((err) => console.log('static once rejects', err.code, err.message));
