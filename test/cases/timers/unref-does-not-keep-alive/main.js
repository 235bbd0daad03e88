setTimeout(() => console.log('unref timer never fires'), 50).unref();
setInterval(() => console.log('unref interval never fires'), 10).unref();
setImmediate(() => console.log('unref immediate never fires')).unref();
process.on('exit', () => console.log('exit without waiting'));
