console.log(module.paths);
console.log(module.id, module.filename === __filename, module.loaded, module.parent, module.children.length);
const sub = require('./sub/child');
console.log(module.children.length, module.children[0].id === require.resolve('./sub/child'), module.children[0].loaded);
console.log(sub.parentIsMain, sub.paths0);
console.log(typeof module.require, module.require('./sub/child') === sub);
console.log(Object.keys(module).sort());
