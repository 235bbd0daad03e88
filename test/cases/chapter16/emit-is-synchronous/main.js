// Section 16.4: emit() calls every handler in order, synchronously, with this = the emitter;
// returned values are ignored and a throwing handler stops the ones after it.
const EventEmitter = require('events');
const emitter = new EventEmitter();
emitter.on('greet', function (who, punct) { console.log('first handler:', 'hello ' + who + punct, this === emitter); return 'ignored'; });
emitter.addListener('greet', (who) => console.log('second handler:', who));
emitter.once('greet', () => console.log('once handler runs only the first time'));
console.log('before emit');
console.log('emit returned', emitter.emit('greet', 'world', '!'));
console.log('after emit');
emitter.emit('greet', 'again', '?');
emitter.on('greet', () => { throw new Error('handler failed'); });
emitter.on('greet', () => console.log('never reached'));
try { emitter.emit('greet', 'x', '.'); } catch (e) { console.log('emit threw:', e.message); }
emitter.off('greet', emitter.listeners('greet')[0]);
console.log('listeners left', emitter.listenerCount('greet'));
emitter.on('error', (err) => console.log('error event handled:', err.message));
emitter.emit('error', new Error('network down'));
