// refreshing a timer that has already fired arms it again
let runs = 0;
const t = setTimeout(() => {
  runs++;
  console.log('run', runs, 'hasRef', t.hasRef());
  if (runs < 3) t.refresh();
}, 1);
process.on('exit', () => console.log('total runs', runs));
