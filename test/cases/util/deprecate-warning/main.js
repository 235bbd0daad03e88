const util = require('util');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const old = util.deprecate(function oldFn(x) { return x * 2; }, 'oldFn() is deprecated, use newFn()', 'DEP_MINE');
console.log(old(1), old(2), old.name);
const noCode = util.deprecate(() => 'nc', 'no code here');
console.log(noCode());
const sameCode = util.deprecate(() => 's', 'other message same code', 'DEP_MINE');
console.log(sameCode());
class Base {}
const Dep = util.deprecate(class Old extends Base {}, 'class is deprecated');
console.log(new Dep() instanceof Base);
