const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const parts = [];
const sink = new Writable({ write(c, e, cb) { parts.push(c); cb(); } });
pipeline(Readable.from(['one ', 'two ', 'three'].map((s) => Buffer.from(s.repeat(500)))), zlib.createGzip(), zlib.createGunzip(), sink, (err) => {
  const out = Buffer.concat(parts).toString();
  console.log(err, out.length, out.slice(0, 12));
});
