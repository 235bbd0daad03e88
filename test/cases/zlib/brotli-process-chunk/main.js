const zlib = require('zlib');
const d = zlib.createBrotliDecompress();
d.on('error', (e) => console.log('listener saw', e.code));
d.on('close', () => console.log('close'));
try { d._processChunk(Buffer.from('garbage'), zlib.constants.BROTLI_OPERATION_FINISH); } catch (e) { console.log('thrown', e.code, d.destroyed); }
const e = zlib.createBrotliDecompress({ maxOutputLength: 5 });
e.on('close', () => console.log('close e'));
try { e._processChunk(zlib.brotliCompressSync('0123456789'), 2); } catch (err) { console.log('thrown', err.code, e.destroyed, e._handle); }
const f = zlib.createBrotliDecompress();
try { f._processChunk(Buffer.from('garbage'), 2); } catch (err) { console.log('thrown f', err.code); }
setTimeout(() => console.log('still alive'), 20);
