process.on('warning', (w) => console.log('warning:', w.name, '-', w.message));
require('./p');
