import * as ns from './lib.mjs';
console.log(Object.prototype.toString.call(ns), Object.isFrozen(ns), Object.isSealed(ns));
try { ns.a = 2; } catch (e) { console.log(e.name, e.message); }
console.log(Reflect.ownKeys(ns));
