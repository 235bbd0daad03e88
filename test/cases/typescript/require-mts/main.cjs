const mod = require('./esm.mjs')                                                             ;
console.log(mod, mod.__esModule, mod.default, mod.answer);
