const assert = require('assert');
const strict = require('assert/strict');
const strict2 = require('node:assert/strict');
console.log(strict === assert.strict, strict2 === strict, strict.strict === strict);
console.log(strict.equal === assert.strictEqual, strict.deepEqual === assert.deepStrictEqual);
console.log(strict.notEqual === assert.notStrictEqual, strict.notDeepEqual === assert.notDeepStrictEqual);
console.log(Object.keys(assert).join(','));
console.log(Object.keys(strict).join(','));
console.log(assert.name, strict.name, typeof assert.AssertionError);
try { strict.equal(1, '1'); } catch (e) { console.log(e.message); }
try { strict.deepEqual({ a: 1 }, { a: '1' }); } catch (e) { console.log(e.message); }
try { strict(false); } catch (e) { console.log(e.message); }
