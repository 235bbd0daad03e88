const util = require('util');
console.log(util.isArray([]), util.isArray({}), typeof util.isDeepStrictEqual, util.toUSVString('a\ud800b'));
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'), util.getSystemErrorName(-2), util.getSystemErrorMap().get(-13));
console.log(util.types === require('util').types, typeof util.TextEncoder, typeof util.MIMEType, util.aborted.length);
const abort = new AbortController(); util.aborted(abort.signal, {}).then(() => console.log('aborted resolved')); abort.abort();
console.log(util.format === require('util').format, util.inspect(util.promisify.custom));
try { util.getSystemErrorName(1); } catch (e) { console.log(e.code, e.message); }
