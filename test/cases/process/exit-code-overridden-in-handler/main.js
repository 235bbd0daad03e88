process.on('exit', (code) => {
  console.log('exit with', code, process.exitCode);
  process.exitCode = 12;
});
process.exitCode = 5;
