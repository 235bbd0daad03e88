const b = Buffer.from('hello world');
console.log(b.toString('utf8', 6), b.toString('utf8', 0, 5), b.toString(undefined, 3, 8));
console.log(JSON.stringify(b.toString('utf8', 5, 2)), JSON.stringify(b.toString('utf8', 20)), b.toString('utf8', -3, 2));
console.log(b.toString('hex', 1, 3), b.toString('base64', 0, 4), b.toString('ascii', 2.7, 5.2));
try { b.toString('bogus'); } catch (e) { console.log(e.code, e.message); }
console.log(String(Buffer.from([0xe2, 0x82, 0xac])), `${Buffer.from('x')}`);
console.log(Buffer.from([0xc3, 0xa9, 0x80, 0xff]).toString('latin1'), Buffer.from([0xc3, 0xa9, 0x80, 0xff]).toString('ascii'));
console.log(Buffer.from([0x61, 0, 0x62, 0, 0x63]).toString('utf16le'));
