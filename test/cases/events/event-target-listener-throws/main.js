process.on('uncaughtException', (err, origin) => console.log('uncaught', err.message, origin));
const et = new EventTarget();
et.addEventListener('x', () => { throw new Error('in listener'); });
et.addEventListener('x', () => console.log('next listener still runs'));
console.log('dispatch returned', et.dispatchEvent(new Event('x')));
console.log('after dispatch');
