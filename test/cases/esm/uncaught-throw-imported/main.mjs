import './thrower.mjs';
console.log('not reached');
