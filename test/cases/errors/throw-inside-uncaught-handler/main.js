process.on('uncaughtException', () => {
  throw new Error('handler itself throws');
});
throw new Error('original');
