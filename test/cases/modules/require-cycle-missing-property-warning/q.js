const p = require('./p');
console.log('p.ready =', p.ready);
console.log('p.nope =', p.nope);
console.log('has __esModule:', p.__esModule);
