import * as ns from './outer.cjs';
console.log(Object.keys(ns).sort(), ns.inner);
