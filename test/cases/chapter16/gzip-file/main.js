// Section 16.5.1: compress a file through a gzip Transform stream.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

function gzip(filename, callback) {
  const source = fs.createReadStream(filename);
  const destination = fs.createWriteStream(filename + '.gz');
  const gzipper = zlib.createGzip();
  source
    .on('error', callback)
    .pipe(gzipper)
    .pipe(destination)
    .on('error', callback)
    .on('finish', callback);
}

const dir = path.join(__dirname, 'scratch');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const file = path.join(dir, 'text.txt');
const text = 'to be or not to be, that is the question\n'.repeat(500);
fs.writeFileSync(file, text);
gzip(file, (err) => {
  console.log('gzip done, error:', err);
  const gz = fs.readFileSync(file + '.gz');
  console.log('magic', gz.subarray(0, 3), 'smaller', gz.length < text.length, 'compressed size', gz.length);
  console.log('round trip', zlib.gunzipSync(gz).toString() === text);
  fs.rmSync(dir, { recursive: true });
});
