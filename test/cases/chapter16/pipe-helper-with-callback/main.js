// Section 16.5.1: a pipe() helper that calls back once on completion or on an error.
const fs = require('fs');
const path = require('path');

function pipe(readable, writable, callback) {
  function handleError(err) {
    readable.unpipe(writable);
    callback(err);
  }
  readable
    .on('error', handleError)
    .pipe(writable)
    .on('error', handleError)
    .on('finish', callback);
}

const dir = path.join(__dirname, 'scratch');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const src = path.join(dir, 'in.txt');
fs.writeFileSync(src, 'abcdefghij'.repeat(20000));
pipe(fs.createReadStream(src), fs.createWriteStream(path.join(dir, 'out.txt')), (err) => {
  console.log('first pipe finished, error:', err);
  console.log('same content', fs.readFileSync(path.join(dir, 'out.txt')).equals(fs.readFileSync(src)));
  pipe(fs.createReadStream(path.join(dir, 'nope.txt')), fs.createWriteStream(path.join(dir, 'out2.txt')), (err2) => {
    console.log('second pipe error:', err2.code, err2.syscall);
    setImmediate(() => fs.rmSync(dir, { recursive: true }));
  });
});
