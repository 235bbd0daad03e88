// "main" points at a missing file: falls back to index.js (Node prints a deprecation warning)
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message.replace(__dirname, '<dir>')));
console.log(require('./pkg'));
