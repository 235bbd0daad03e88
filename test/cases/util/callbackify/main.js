const util = require('util');
const ok = util.callbackify(async (a, b) => a * b);
ok(6, 7, (err, v) => console.log('ok', err, v));
const bad = util.callbackify(async () => { throw new TypeError('async fail'); });
bad((err) => console.log('bad', err.name, err.message));
const nullish = util.callbackify(() => Promise.reject(null));
nullish((err) => console.log('null rejection', err.code, err.message, err.reason));
const undef = util.callbackify(() => Promise.reject(undefined));
undef((err) => console.log('undefined rejection', err.message, err.reason));
console.log(ok.name, ok.length);
try { util.callbackify(1); } catch (e) { console.log(e.code, e.message); }
try { ok(1, 2, 'notfn'); } catch (e) { console.log(e.code, e.message); }
