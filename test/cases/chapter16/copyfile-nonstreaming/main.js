// Section 16.5: copying a file by reading it all into memory first.
const fs = require('fs');
const path = require('path');

function copyFile(sourceFilename, destinationFilename, callback) {
  fs.readFile(sourceFilename, (err, buffer) => {
    if (err) {
      callback(err);
    } else {
      fs.writeFile(destinationFilename, buffer, callback);
    }
  });
}

const dir = path.join(__dirname, 'scratch');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
fs.writeFileSync(path.join(dir, 'source.txt'), 'line\n'.repeat(1000));
copyFile(path.join(dir, 'source.txt'), path.join(dir, 'copy.txt'), (err) => {
  console.log('copy done, error:', err);
  const copy = fs.readFileSync(path.join(dir, 'copy.txt'), 'utf8');
  console.log('copied bytes', copy.length, copy === fs.readFileSync(path.join(dir, 'source.txt'), 'utf8'));
  copyFile(path.join(dir, 'missing.txt'), path.join(dir, 'never.txt'), (err2) => {
    console.log('missing source:', err2.code, err2.syscall, path.basename(err2.path));
    fs.rmSync(dir, { recursive: true });
  });
});
