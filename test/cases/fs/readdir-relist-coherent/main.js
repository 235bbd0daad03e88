// A directory listed again and again shows every change at once: a file made, one removed, a
// name renamed in and out, a file replaced by a directory, a child's own change (which does not
// touch the listing). Each round first lets the directory age (nodeling keeps the listing of
// directories unchanged for 100 ms) and lists it twice.
const fs = require('fs');
const S = 'scratch';
fs.rmSync(S, { recursive: true, force: true });
fs.mkdirSync(S);
process.on('exit', () => fs.rmSync(S, { recursive: true, force: true }));
for (const name of ['b', 'a', 'c']) fs.writeFileSync(`${S}/${name}`, name);
fs.mkdirSync(S + '/sub');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const kinds = (dir) => fs.readdirSync(dir, { withFileTypes: true }).map((d) => d.name + (d.isDirectory() ? '/' : '')).join(' ');
const show = (label) => console.log(label.padEnd(18), '|', fs.readdirSync(S).join(' '), '|', kinds(S), '|', kinds(S + '/sub'));

async function round(label, change) {
  await sleep(150);
  show('aged');
  show('aged, again');
  change();
  show(label);
  const names = await fs.promises.readdir(S);
  await new Promise((resolve) => fs.readdir(S, (err, again) => {
    console.log('  callback and promise forms:', err, again.join(' ') === names.join(' '), names.length);
    resolve();
  }));
}

(async () => {
  await round('made', () => fs.writeFileSync(S + '/d', ''));
  await round('removed', () => fs.unlinkSync(S + '/a'));
  await round('renamed in', () => fs.renameSync(S + '/sub/../d', S + '/sub/d'));
  await round('renamed out', () => fs.renameSync(S + '/sub/d', S + '/e'));
  await round('file to directory', () => {
    fs.unlinkSync(S + '/b');
    fs.mkdirSync(S + '/b');
  });
  await round('child changed', () => fs.writeFileSync(S + '/c', 'longer content'));
  await round('mode 0', () => fs.chmodSync(S + '/sub', 0));
  fs.chmodSync(S + '/sub', 0o755);
})();
