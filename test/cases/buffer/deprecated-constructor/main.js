process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const b = new Buffer('abc');
console.log(b, Buffer(3), new Buffer([1, 2]));
