process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled:', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
process.on('rejectionHandled', () => console.log('rejectionHandled'));
Promise.reject(new Error('err value'));
Promise.reject(42);
const late = Promise.reject('late');
setTimeout(() => { late.catch(() => console.log('caught late')); }, 1);
process.on('exit', (code) => console.log('exit', code));
