function inner() { console.trace('tracing %s', 'here'); }
function outer() { inner(); }
outer();
console.trace();
console.log('trace goes to stderr');
