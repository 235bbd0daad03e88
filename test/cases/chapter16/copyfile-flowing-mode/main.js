// Section 16.5.4: a streaming copy in flowing mode, pausing on backpressure.
const fs = require('fs');

function copyFile(sourceFilename, destinationFilename, callback) {
  const input = fs.createReadStream(sourceFilename);
  const output = fs.createWriteStream(destinationFilename);
  let pauses = 0;

  input.on('data', (chunk) => {
    const hasRoom = output.write(chunk);
    if (!hasRoom) {
      pauses++;
      input.pause();
    }
  });
  input.on('end', () => output.end());
  input.on('error', (err) => { callback(err); process.exit(); });

  output.on('drain', () => input.resume());
  output.on('error', (err) => { callback(err); process.exit(); });
  output.on('finish', () => { console.log('paused at least once:', pauses > 0); callback(null); });
}

fs.rmSync('scratch', { recursive: true, force: true });
fs.mkdirSync('scratch');
const data = Buffer.alloc(300000);
for (let i = 0; i < data.length; i++) data[i] = (i * 7) & 0xff;
fs.writeFileSync('scratch/source.bin', data);

const from = process.argv[2], to = process.argv[3];
console.log(`Copying file ${from} to ${to}...`);
copyFile(from, to, (err) => {
  if (err) {
    console.error(err);
  } else {
    console.log('done.', fs.readFileSync(to).equals(data));
  }
  fs.rmSync('scratch', { recursive: true });
});
