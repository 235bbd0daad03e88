import f from './fn.mjs';
import C from './cls.mjs';
import v from './value.mjs';
console.log(f.name, C.name, new C().k, v);
