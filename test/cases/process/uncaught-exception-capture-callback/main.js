console.log(process.hasUncaughtExceptionCaptureCallback());
process.setUncaughtExceptionCaptureCallback((err) => console.log('captured:', err.message));
console.log(process.hasUncaughtExceptionCaptureCallback());
process.on('uncaughtException', () => console.log('listener not called when capture is set'));
try { process.setUncaughtExceptionCaptureCallback(() => {}); } catch (e) { console.log(e.code); console.log(e.message); }
setTimeout(() => {
  process.setUncaughtExceptionCaptureCallback(null);
  console.log(process.hasUncaughtExceptionCaptureCallback());
}, 5);
throw new Error('boom');
