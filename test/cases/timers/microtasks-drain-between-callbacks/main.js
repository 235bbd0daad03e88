// Every immediate, timer and I/O callback is followed by its nextTicks and its whole promise
// chain (however deep) before the next callback runs, even within one phase.
const fs = require('fs');
const log = [];
function burst(name) {
  log.push(name);
  process.nextTick(() => log.push(`${name}:tick`));
  Promise.resolve()
    .then(() => log.push(`${name}:p1`))
    .then(() => Promise.resolve())
    .then(() => log.push(`${name}:p2`));
  queueMicrotask(() => log.push(`${name}:qm`));
  (async () => {
    await null;
    await null;
    log.push(`${name}:await`);
  })();
}
for (let i = 0; i < 3; i++) setImmediate(() => {
  burst(`imm${i}`);
  if (i === 1) setImmediate(() => burst('nested'));
});
setTimeout(() => burst('t1'), 0);
setTimeout(() => burst('t2'), 0);
fs.readFile(__filename, () => {
  burst('io');
  setImmediate(() => burst('io-imm1'));
  setImmediate(() => burst('io-imm2'));
  setTimeout(() => burst('io-timeout'), 0);
});
process.on('exit', () => {
  // Timers and the first immediates race with the read on a loaded machine: print each group alone.
  const pick = (prefix) => log.filter((entry) => entry.split(':')[0] === prefix || entry.startsWith(`${prefix}:`)).join(' ');
  for (const name of ['imm0', 'imm1', 'imm2', 'nested', 't1', 't2', 'io', 'io-imm1', 'io-imm2', 'io-timeout']) console.log(pick(name));
  const order = (names) => names.map((n) => log.indexOf(n)).every((at, i, all) => at >= 0 && (i === 0 || at > all[i - 1]));
  console.log('immediates in order:', order(['imm0', 'imm1', 'imm2', 'nested']));
  const next = { imm0: 'imm1', imm1: 'imm2', 'io-imm1': 'io-imm2' };
  console.log('each burst whole before the next:', Object.entries(next).every(([n, m]) =>
    log.indexOf(`${n}:await`) < log.indexOf(m) && log.indexOf(`${n}:p2`) < log.indexOf(m)));
  console.log('io immediates before io timeout:', log.indexOf('io-imm2') < log.indexOf('io-timeout'));
});
