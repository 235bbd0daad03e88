const c=require('crypto'); const h=c.createHash('shake256',{outputLength:4}).update('q'); console.log(h.copy().digest('hex'), h.copy({outputLength:6}).digest('hex'), h.digest('hex'));
try{h.copy({outputLength:'x'})}catch(e){console.log(e.code,e.message)}
try{c.createHash('sha256').copy({outputLength:5})}catch(e){console.log(e.code,e.message)}
console.log(c.createHash('sha256').update('a').copy({outputLength:32}).digest('hex').length)
console.log(c.createHash('shake128').update('a').copy({outputLength:0}).digest('hex').length)
