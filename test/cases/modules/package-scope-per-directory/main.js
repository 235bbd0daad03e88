// Each directory's package scope decides a .js file's format; nodeling learns it with the module.
console.log(require('./a/x.js'));
console.log(require('./a/deep/z.js'));
console.log(require('./c/w.js'));
console.log(require('./b/data.json'));
console.log(require('./b/v.js'));
console.log(require('./b/v'));
