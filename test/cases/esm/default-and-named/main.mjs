import def, { x } from './lib.mjs';
import * as ns from './lib.mjs';
console.log(def, x, ns, Object.keys(ns));
