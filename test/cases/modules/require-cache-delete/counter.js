globalThis.loads = (globalThis.loads || 0) + 1;
console.log('evaluating counter.js, load #' + globalThis.loads);
exports.n = globalThis.loads;
