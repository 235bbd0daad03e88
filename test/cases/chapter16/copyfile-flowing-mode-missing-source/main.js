// Section 16.5.4: the flowing-mode copy reports an unreadable source and quits.
const fs = require('fs');
function copyFile(sourceFilename, destinationFilename, callback) {
  const input = fs.createReadStream(sourceFilename);
  const output = fs.createWriteStream(destinationFilename);
  input.on('data', (chunk) => { if (!output.write(chunk)) input.pause(); });
  input.on('end', () => output.end());
  input.on('error', (err) => { callback(err); fs.rmSync(destinationFilename, { force: true }); process.exit(); });
  output.on('drain', () => input.resume());
  output.on('error', (err) => { callback(err); process.exit(); });
  output.on('finish', () => callback(null));
}
const from = process.argv[2], to = process.argv[3];
console.log(`Copying file ${from} to ${to}...`);
copyFile(from, to, (err) => {
  if (err) console.error('failed:', err.code, err.message);
  else console.log('done.');
});
