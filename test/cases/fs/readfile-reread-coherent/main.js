// A file read again and again shows every change at once: a rewrite of the same size, one whose
// times are then set back, a write through a descriptor, a rename over it, a truncation. Each
// round first lets the file age (nodeling keeps the content of files unchanged for 100 ms) and
// reads it twice.
const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
const file = S + '/data.txt';
fs.writeFileSync(file, 'first version');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const show = (label) => console.log(label.padEnd(22), JSON.stringify(fs.readFileSync(file, 'utf8')));

async function round(label, change) {
  await sleep(150);
  show('aged');
  show('aged, again');
  change();
  show(label);
  await new Promise((resolve) => fs.readFile(file, 'latin1', (err, text) => {
    console.log('  callback form:', err, JSON.stringify(text));
    resolve();
  }));
  console.log('  promise form:', JSON.stringify(await fs.promises.readFile(file, 'utf8')));
}

(async () => {
  await round('same size', () => fs.writeFileSync(file, 'other version'));
  await round('times set back', () => {
    const { atime, mtime } = fs.statSync(file);
    fs.writeFileSync(file, 'third version');
    fs.utimesSync(file, atime, mtime);
  });
  await round('fd write', () => {
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, 'THIRD', 0);
    fs.closeSync(fd);
  });
  await round('renamed over', () => {
    fs.writeFileSync(S + '/next.txt', 'fifth version');
    fs.renameSync(S + '/next.txt', file);
  });
  await round('truncated', () => fs.truncateSync(file, 5));
  await round('appended', () => fs.appendFileSync(file, '!'));
  await round('mode 0', () => fs.chmodSync(file, 0));
  fs.chmodSync(file, 0o644);
})();
