const zlib = require('zlib');
const dict = Buffer.from('hello world dictionary');
const z = zlib.deflateSync('hello world hello', { dictionary: dict });
console.log(z.toString('hex'));
console.log(zlib.inflateSync(z, { dictionary: dict }).toString());
try { zlib.inflateSync(z); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
try { zlib.inflateSync(z, { dictionary: Buffer.from('other') }); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.errno, e.message); }
const r = zlib.deflateRawSync('hello world', { dictionary: dict });
console.log(zlib.inflateRawSync(r, { dictionary: dict }).toString());
