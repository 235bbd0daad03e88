const { Readable } = require('stream');
let calls = 0;
const r = new Readable({ highWaterMark: 4, read(size) { calls++; console.log('_read', size, 'length', this.readableLength); } });
console.log(r.readableHighWaterMark, r.push('ab'), r.push('cd'), r.push('ef'), r.readableLength);
setImmediate(() => { console.log('_read calls', calls); r.read(); setImmediate(() => console.log('_read calls after read', calls)); });
const o = new Readable({ objectMode: true, read() {} });
console.log(o.readableHighWaterMark, o.readableObjectMode, o.push({}), o.readableLength);
const { getDefaultHighWaterMark } = require('stream');
console.log(typeof getDefaultHighWaterMark === 'function' ? [getDefaultHighWaterMark(false), getDefaultHighWaterMark(true)] : 'none');
