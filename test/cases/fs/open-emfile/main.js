// Opening descriptors until the per-process limit: the limit itself differs (the host's ulimit,
// nodeling's 1024), so only the error and the recovery after a close are printed.
const fs = require('fs');
const CAP = 1 << 17;
const fds = [];
let error = null;
while (fds.length < CAP) {
  try {
    fds.push(fs.openSync(__filename, 'r'));
  } catch (e) {
    error = e;
    break;
  }
}
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, e.path, '|', e.message);
if (error === null) console.log('no EMFILE below', CAP);
else show('sync', error);
fs.open(__filename, 'r', (e, fd) => {
  show('callback', e);
  console.log(fd);
  fs.promises.open(__filename, 'r').catch((e) => {
    show('promise', e);
    fs.closeSync(fds.pop());
    const fd = fs.openSync(__filename, 'r');
    console.log('after a close', typeof fd);
    fs.closeSync(fd);
    for (const fd of fds) fs.closeSync(fd);
    console.log('reopened', typeof fs.openSync(__filename, 'r'));
  });
});
