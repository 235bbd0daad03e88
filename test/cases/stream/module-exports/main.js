const stream = require('stream');
console.log(typeof stream, stream.Stream === stream, Object.keys(stream).sort().join(','));
console.log(stream.Readable.name, stream.Writable.name, stream.Duplex.name, stream.Transform.name, stream.PassThrough.name);
console.log(new stream.Readable() instanceof stream.Stream, new stream.Readable() instanceof require('events'));
console.log(stream.isReadable(stream.Readable.from([])), stream.isErrored(new stream.Readable()), stream.isDisturbed(new stream.Readable()));
console.log(require('stream/promises') === stream.promises, typeof require('stream/web').ReadableStream);
const d = new stream.Duplex(); console.log(d instanceof stream.Readable, d instanceof stream.Writable);
console.log(new stream.PassThrough() instanceof stream.Writable);
