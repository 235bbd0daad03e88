process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor saw:', err.message, origin));
process.on('exit', (code) => console.log('exit', code));
null.boom;
