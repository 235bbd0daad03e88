const { StringDecoder } = require('string_decoder');
try { new StringDecoder('klingon'); } catch (e) { console.log(e.name, e.code, e.message); }
const d = new StringDecoder('utf8');
try { d.write('not a buffer'); } catch (e) { console.log(e.code, e.message); }
try { d.write(5); } catch (e) { console.log(e.code, e.message); }
console.log(JSON.stringify(d.write(new Uint8Array([0x68, 0x69]))), JSON.stringify(d.write(Buffer.alloc(0))), JSON.stringify(d.end()));
console.log(typeof d.text, typeof d.lastChar, d.lastNeed, d.lastTotal);
console.log(Object.keys(require('string_decoder')));
