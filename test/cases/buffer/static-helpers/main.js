console.log(Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('x'));
for (const e of ['utf8', 'UTF-8', 'hex', 'Base64', 'base64url', 'binary', 'ucs2', 'utf16le', 'latin1', 'ascii', 'utf32', '', 'nope', 1])
  console.log(JSON.stringify(e), Buffer.isEncoding(e));
console.log(Buffer.alloc(3) instanceof Uint8Array, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype);
console.log(Buffer.of(1, 2, 3), Buffer.from('abc').reverse(), Buffer.from('b').length, Buffer.from('abc').at(-1));
