const util = require('util');
function add(a, b, cb) { setTimeout(() => cb(null, a + b), 1); }
function fails(cb) { cb(new Error('cb failure')); }
function multi(cb) { cb(null, 1, 2); }
const padd = util.promisify(add);
console.log(padd.name, padd.length, typeof padd);
(async () => {
  console.log(await padd(2, 3));
  try { await util.promisify(fails)(); } catch (e) { console.log('rejected', e.message); }
  console.log(await util.promisify(multi)());
  function custom(x) {}
  custom[util.promisify.custom] = (x) => Promise.resolve('custom ' + x);
  console.log(util.promisify(custom) === custom[util.promisify.custom], await util.promisify(custom)('y'));
  console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
  const obj = { base: 10, plus(n, cb) { cb(null, this.base + n); } };
  console.log(await util.promisify(obj.plus).call(obj, 5));
  const sleep = util.promisify(setTimeout); console.log(await sleep(1, 'slept'));
  console.log(util.promisify(padd) === padd ? 'same' : 'wrapped');
  try { util.promisify('x'); } catch (e) { console.log(e.code, e.message); }
  const bad = () => {}; bad[util.promisify.custom] = 5;
  try { util.promisify(bad); } catch (e) { console.log(e.code, e.message); }
})();
