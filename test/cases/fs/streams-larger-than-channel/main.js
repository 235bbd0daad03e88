// Stream chunks larger than one channel transfer (1 MiB) are written and read whole.
// The write stream finishes before the read stream starts: their completions would race otherwise.
const fs = require('fs');
const ws = fs.createWriteStream('ws-big.bin');
ws.write(Buffer.alloc(3 * 1048576 + 3, 1), (err) => console.log('cb1', err && err.message));
ws.write(Buffer.alloc(10, 2));
ws.end(Buffer.alloc(2 * 1048576, 3), () => {
  console.log(fs.statSync('ws-big.bin').size, ws.bytesWritten);
  fs.unlinkSync('ws-big.bin');
  readBack();
});
function readBack() {
  const src = Buffer.alloc(5 * 1048576 + 7); for (let i = 0; i < src.length; i++) src[i] = (i * 7) & 0xff;
  fs.writeFileSync('rs-big.bin', src);
  const seen = [];
  fs.createReadStream('rs-big.bin', { highWaterMark: 3 * 1048576 }).on('data', (c) => seen.push(c.length)).on('end', () => {
    console.log(seen.join(','));
    fs.unlinkSync('rs-big.bin');
  });
}
