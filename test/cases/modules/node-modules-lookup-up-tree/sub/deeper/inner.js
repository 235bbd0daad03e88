console.log(require('up').where, require('near').where);
console.log(module.paths.slice(0, 3).map((p) => p.slice(__dirname.length - 'sub/deeper'.length)));
