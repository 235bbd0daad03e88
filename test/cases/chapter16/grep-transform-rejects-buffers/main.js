// Section 16.5.1: the GrepStream refuses Buffer chunks (no setEncoding on its source).
const stream = require('stream');
class GrepStream extends stream.Transform {
  constructor(pattern) { super({ decodeStrings: false }); this.pattern = pattern; this.incompleteLine = ''; }
  _transform(chunk, encoding, callback) {
    if (typeof chunk !== 'string') { callback(new Error('Expected a string but got a buffer')); return; }
    callback(null, chunk);
  }
}
const grep = new GrepStream(/x/);
grep.on('error', (err) => console.log('error:', err.message));
stream.Readable.from([Buffer.from('bytes')], { objectMode: false }).pipe(grep);
