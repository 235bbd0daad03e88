const buffer = require('buffer');
console.log(Object.keys(buffer).sort().join(','));
console.log(buffer.constants.MAX_LENGTH === buffer.kMaxLength, buffer.constants.MAX_STRING_LENGTH === buffer.kStringMaxLength);
console.log(typeof buffer.kMaxLength, buffer.kMaxLength > 2 ** 30, buffer.INSPECT_MAX_BYTES);
console.log(buffer.Buffer === Buffer, typeof buffer.SlowBuffer, buffer.transcode(Buffer.from('€'), 'utf8', 'utf16le'));
console.log(buffer.atob('aGVsbG8='), buffer.btoa('hello'), atob === buffer.atob, btoa === buffer.btoa);
try { buffer.btoa('€'); } catch (e) { console.log(e.name, e.message, e.code); }
try { buffer.atob('a'); } catch (e) { console.log(e.name, e.message, e.code); }
console.log(buffer.atob(' aGk= '), buffer.atob('aGk'));
console.log(buffer.isUtf8(Buffer.from('héllo')), buffer.isUtf8(Buffer.from([0xff])), buffer.isAscii(Buffer.from('abc')), buffer.isAscii(Buffer.from('é')));
