const mod = require('./esm.mts') as { default: string; answer: number; __esModule?: boolean };
console.log(mod, mod.__esModule, mod.default, mod.answer);
