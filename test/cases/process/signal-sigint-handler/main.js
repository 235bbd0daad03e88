process.on('SIGINT', (sig, num) => {
  console.log('got', sig, num);
  clearTimeout(keep);
});
const keep = setTimeout(() => console.log('never'), 5000);
console.log(process.kill(process.pid, 'SIGINT'));
console.log('after kill (signal delivered asynchronously)');
