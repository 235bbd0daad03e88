// a package can require itself by name through its own "exports"
console.log(require('selfref'));
console.log(require('selfref/helper'));
