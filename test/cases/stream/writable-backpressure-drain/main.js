const { Writable } = require('stream');
const w = new Writable({
  highWaterMark: 5,
  write(chunk, enc, cb) { console.log('_write', chunk.toString(), enc); setTimeout(cb, 1); },
});
w.on('drain', () => console.log('drain, length', w.writableLength, 'needDrain', w.writableNeedDrain));
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
console.log('write abc', w.write('abc'), w.writableLength);
console.log('write de', w.write('de'), w.writableLength, w.writableNeedDrain);
console.log('write f', w.write('f'), w.writableLength);
w.end('g', () => console.log('end callback'));
console.log('ended', w.writableEnded, 'finished', w.writableFinished);
