const qs=require('querystring');const p=(...a)=>console.log(qs.parse(...a));
const o=qs.parse('__proto__=1&constructor=2&hasOwnProperty=3');console.log(Object.getPrototypeOf(o),o.__proto__,o.constructor);p(5);p(null);console.log(qs.decode===qs.parse)
