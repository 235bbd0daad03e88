const EventEmitter = require('events');
new EventEmitter().emit('error', { code: 42 });
