// Every chunk a file stream hands out is a buffer of its own: its ArrayBuffer holds exactly the
// chunk, from offset 0, whatever the stream read ahead. Short last chunks too.
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'chunks-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'data.bin');
const bytes = Buffer.alloc(300001);
for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 13) % 251;
fs.writeFileSync(file, bytes);

function describe(options) {
  return new Promise((resolve) => {
    const seen = [];
    const parts = [];
    fs.createReadStream(file, options)
      .on('data', (c) => {
        seen.push(`${c.length}@${c.byteOffset}/${c.buffer.byteLength}`);
        parts.push(Buffer.from(c));
        // A consumer that scribbles on its chunk must not change the chunks still to come.
        c.fill(0);
      })
      .on('end', () => {
        const whole = Buffer.concat(parts);
        const start = options.start ?? 0;
        const end = options.end === undefined ? bytes.length : options.end + 1;
        console.log(JSON.stringify(options), seen.join(' '), whole.equals(bytes.subarray(start, end)));
        resolve();
      });
  });
}

(async () => {
  await describe({});
  await describe({ highWaterMark: 1000, start: 10, end: 4500 });
  await describe({ highWaterMark: 100000, start: 7 });
  await describe({ highWaterMark: 65536, end: 131071 });
  await describe({ highWaterMark: 3 * 1048576 });
})();
