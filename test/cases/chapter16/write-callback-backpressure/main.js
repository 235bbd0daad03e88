// Section 16.5.3: write(), then continue at once or after "drain".
const { Writable } = require('stream');

function write(stream, chunk, callback) {
  const hasMoreRoom = stream.write(chunk);
  if (hasMoreRoom) {
    setImmediate(callback);
  } else {
    stream.once('drain', callback);
  }
}

const slow = new Writable({
  highWaterMark: 8,
  write(chunk, encoding, done) { console.log('  sink took', JSON.stringify(String(chunk))); setTimeout(done, 2); },
});
slow.on('drain', () => console.log('  drain'));
const chunks = ['tiny', 'a bigger chunk', 'ok', 'another long piece', 'end'];
(function next(i) {
  if (i === chunks.length) { slow.end(() => console.log('all written')); return; }
  console.log('writing', JSON.stringify(chunks[i]), 'buffered before', slow.writableLength);
  write(slow, chunks[i], () => next(i + 1));
})(0);
