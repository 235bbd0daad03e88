process.on('uncaughtException', (err) => {
  console.error('handler:', err.message);
  process.exit(3);
});
process.on('exit', (code) => console.log('exit', code));
throw new Error('fatal');
