import lib, { named, other } from './lib.cjs';
import * as ns from './lib.cjs';
console.log(lib, named, other);
console.log(Object.keys(ns).sort());
