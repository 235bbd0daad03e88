const util = require('util');
const enc = new util.TextEncoder();
console.log(enc.encoding, enc.encode('h€llo'), enc.encode(), util.TextEncoder === TextEncoder);
const target = new Uint8Array(4); console.log(enc.encodeInto('a€b', target), target);
const dec = new util.TextDecoder();
console.log(dec.encoding, dec.fatal, dec.ignoreBOM, dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])), dec.decode(new Uint8Array([0xff])));
const streamy = new TextDecoder('utf-8');
console.log(JSON.stringify(streamy.decode(new Uint8Array([0xe2, 0x82]), { stream: true })), streamy.decode(new Uint8Array([0xac])));
try { new TextDecoder('utf8', { fatal: true }).decode(new Uint8Array([0xff])); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(new TextDecoder('utf-16le').decode(new Uint8Array([0x68, 0, 0x69, 0])), new TextDecoder('latin1').encoding, new TextDecoder('utf8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).length);
try { new TextDecoder('nonsense'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(new TextDecoder().decode(Buffer.from('buf')), new TextDecoder().decode(new DataView(new Uint8Array([0x41]).buffer)), new TextDecoder().decode());
